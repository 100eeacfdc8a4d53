namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Ends a cluster silo's process a few seconds after its first <see cref="OutOfMemoryException"/>, caught or not
/// (<c>networksim silo</c> arms it; an embedded silo, which is the client's own process, does not). A silo that ran
/// out of memory can fail to send a grain call's reply, or its error, while it stays in the cluster: its client then
/// waited for Orleans' 30-minute response timeout (docs/performance.md, Rounds 8 and 9: four of about 55 runs at the
/// edge of a heap limit hung). The few seconds let an error that did get away reach the client, which then says the
/// run ran out of memory; ended, the silo leaves the membership, and a client still waiting sees it leave and restores
/// its runs from their last checkpoints on the silos left, or stops with one line naming it (docs/cluster.md).
/// </summary>
internal sealed class OutOfMemoryExit : IDisposable
{
    /// <summary>How long a silo that ran out of memory stays up, for the errors it did send to arrive.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>What the silo writes as it ends (made once: at that moment a new string may not fit).</summary>
    public const string Message =
        "networksim silo: out of memory (System.OutOfMemoryException): this silo ends now, so that its clients see it leave " +
        "the cluster rather than wait for replies it could not send (a run restores from its last checkpoint on the silos " +
        "left, or stops). Give the silos more memory (DOTNET_GCHeapHardLimit, or the machine's or container's limit), add " +
        "silos, or run fewer participants.";

    private readonly Action<string> _exit;
    private readonly TimeSpan _grace;
    private readonly ManualResetEventSlim _signal = new();
    private readonly Thread _waiter;
    private int _fired;

    /// <param name="exit">Ends the process; <see cref="Arm"/> passes <see cref="Environment.FailFast(string)"/>.</param>
    /// <param name="grace">How long after the first OutOfMemoryException it is called.</param>
    public OutOfMemoryExit(Action<string> exit, TimeSpan grace)
    {
        _exit = exit;
        _grace = grace;
        // Made now, with its stack: when it is needed, the process may have no memory to start a thread or a task.
        _waiter = new Thread(WaitThenExit) { IsBackground = true, Name = "networksim out-of-memory exit" };
        _waiter.Start();
        AppDomain.CurrentDomain.FirstChanceException += OnException;
    }

    /// <summary>Watches this process until it ends.</summary>
    public static OutOfMemoryExit Arm() => new(Environment.FailFast, Grace);

    /// <summary>Stops watching; when an OutOfMemoryException was seen, returns once the process has been ended.</summary>
    public void Dispose()
    {
        AppDomain.CurrentDomain.FirstChanceException -= OnException;
        _signal.Set();
        _waiter.Join();
        _signal.Dispose();
    }

    private void OnException(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        // Nothing here may allocate or throw into the code that threw: a flag and a signal.
        if (e.Exception is OutOfMemoryException && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            _signal.Set();
        }
    }

    private void WaitThenExit()
    {
        _signal.Wait();
        if (Volatile.Read(ref _fired) == 1)
        {
            Thread.Sleep(_grace);
            _exit(Message);
        }
    }
}
