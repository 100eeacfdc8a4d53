using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Watches the cluster's membership table while a client runs: when a silo that was active stops being active
/// (Orleans' other silos vote a killed silo dead within seconds), it records a loss and cancels <see cref="Lost"/>.
/// Without it the client would wait for the reply of a grain on the dead silo until the 30-minute response timeout.
/// With checkpoints the runner restores its runs on the silos that remain (<see cref="ISiloLosses"/>); without them
/// a run cannot continue without the state that silo held, so it stops.
/// </summary>
internal sealed class MembershipWatch : ISiloLosses, IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<SiloLoss> _losses = [];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;

    private MembershipWatch(ClusterAddress address, IReadOnlySet<string> silos)
    {
        _loop = WatchAsync(address, silos);
    }

    /// <summary>Cancelled when a silo first left the cluster.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Which silo left, once one did.</summary>
    public string? Reason { get; private set; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _losses.Count;
            }
        }
    }

    public static async Task<MembershipWatch> StartAsync(ClusterAddress address, CancellationToken cancellation) =>
        new(address, await address.ActiveSilosAsync(cancellation));

    public Task NextAsync(int seen)
    {
        lock (_gate)
        {
            return _losses.Count > seen ? Task.CompletedTask : _next.Task;
        }
    }

    public SiloLoss? Since(int seen)
    {
        lock (_gate)
        {
            return _losses.Count > seen
                ? new SiloLoss(_losses.Count, string.Join(", ", _losses.Skip(seen).Select(l => l.Silos)))
                : null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task WatchAsync(ClusterAddress address, IReadOnlySet<string> silos)
    {
        var known = silos.ToHashSet();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, _stop.Token);
                var active = await address.ActiveSilosAsync(_stop.Token);
                var gone = known.Where(s => !active.Contains(s)).Order().ToList();
                // A silo that joins later (a replacement) is watched from then on.
                known = active.ToHashSet();
                if (gone.Count > 0)
                {
                    var names = string.Join(", ", gone.Select(s => s.TrimStart('S')));
                    Reason ??= $"{address}: silo {names} left the cluster mid-run ({active.Count} of {active.Count + gone.Count} still active)";
                    Record(names);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (OutputException e)
            {
                Reason ??= $"{address}: Redis stopped answering mid-run ({address.Redact(e.Message)})";
                await _lost.CancelAsync();
                return;
            }
        }
    }

    private void Record(string silos)
    {
        TaskCompletionSource next;
        lock (_gate)
        {
            _losses.Add(new SiloLoss(_losses.Count + 1, silos));
            next = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        next.SetResult();
        _lost.Cancel();
    }
}
