using System.Runtime.InteropServices;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into cancellation of the running command: the first signal cancels
/// <see cref="Token"/> and the command stops between ticks, removes its partial results and exits with 130 (SIGINT)
/// or 143 (SIGTERM). A second signal ends the process at once (the next run in that place removes what it left).
/// System.CommandLine's own handling is switched off so that it does not end the process before the cleanup.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    public const int InterruptedExitCode = 130;

    public const int TerminatedExitCode = 143;

    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public TerminationSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The signal that cancelled the command, if one did.</summary>
    public PosixSignal? Received => Volatile.Read(ref _received) switch
    {
        0 => null,
        var s => (PosixSignal)s,
    };

    /// <summary>The exit code to return: a cancelled command's 130 becomes 143 when SIGTERM cancelled it.</summary>
    public int ExitCode(int code) => code == InterruptedExitCode && Received == PosixSignal.SIGTERM ? TerminatedExitCode : code;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _received, (int)context.Signal, 0) != 0)
        {
            // Second signal: let the default action end the process now.
            Console.Error.WriteLine("networksim: stopped at once; a partial folder, if any, is removed by the next run in that place.");
            context.Cancel = false;
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine(context.Signal == PosixSignal.SIGINT
            ? "networksim: cancelling (Ctrl-C again to stop at once) ..."
            : "networksim: cancelling (SIGTERM) ...");
        _cancel.Cancel();
    }
}
