using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Watches the cluster's membership table while a client runs: when a silo that was active at the start stops
/// being active (Orleans' other silos vote a killed silo dead within seconds), <see cref="Lost"/> is cancelled.
/// Without it the client would wait for the reply of a grain on the dead silo until the 30-minute response timeout.
/// A run cannot continue without the state that silo held (checkpoints are not implemented yet), so it stops.
/// </summary>
public sealed class MembershipWatch : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private MembershipWatch(ClusterAddress address, IReadOnlySet<string> silos)
    {
        _loop = WatchAsync(address, silos);
    }

    /// <summary>Cancelled when a silo left the cluster.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Which silo left, once one did.</summary>
    public string? Reason { get; private set; }

    public static async Task<MembershipWatch> StartAsync(ClusterAddress address, CancellationToken cancellation) =>
        new(address, await address.ActiveSilosAsync(cancellation));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task WatchAsync(ClusterAddress address, IReadOnlySet<string> silos)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, _stop.Token);
                var active = await address.ActiveSilosAsync(_stop.Token);
                var gone = silos.Where(s => !active.Contains(s)).ToList();
                if (gone.Count > 0)
                {
                    Reason = $"{address}: silo {string.Join(", ", gone.Select(s => s.TrimStart('S')))} left the cluster mid-run ({active.Count} of {silos.Count} still active)";
                    await _lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (OutputException e)
            {
                Reason = $"{address}: Redis stopped answering mid-run ({e.Message})";
                await _lost.CancelAsync();
                return;
            }
        }
    }
}
