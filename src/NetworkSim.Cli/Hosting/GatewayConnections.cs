namespace NetworkSim.Cli.Hosting;

/// <summary>
/// The client's connections to the silos' gateways, as Orleans reports them. Orleans connects the client to every
/// active gateway and sends each grain's calls through one of them; when a silo dies, its gateway's connection
/// closes and later calls go through the others, but a reply due through the closed connection never comes (the
/// call waits for the response timeout). A lost silo is then noticed by the membership watch, while the silos left
/// vote it dead. When the last connection closes no silo is left to vote and no call can be made:
/// <see cref="AllLost"/> stops the command at once instead of letting it wait for 30 minutes.
/// </summary>
internal sealed class GatewayConnections(Action<string> report) : IClusterConnectionStatusObserver, IDisposable
{
    private readonly CancellationTokenSource _allLost = new();
    private volatile bool _stopping;

    /// <summary>Cancelled when the client lost its connection to every gateway while it ran.</summary>
    public CancellationToken AllLost => _allLost.Token;

    /// <summary>From now on connections close because the client stops: nothing to report.</summary>
    public void Stopping() => _stopping = true;

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (!_stopping && currentNumberOfGateways < previousNumberOfGateways && currentNumberOfGateways > 0)
        {
            report($"a gateway's connection closed ({currentNumberOfGateways} gateway{(currentNumberOfGateways == 1 ? "" : "s")} still connected); the client goes on through the others");
        }
    }

    public void NotifyClusterConnectionLost()
    {
        if (!_stopping)
        {
            _allLost.Cancel();
        }
    }

    public void Dispose() => _allLost.Dispose();
}
