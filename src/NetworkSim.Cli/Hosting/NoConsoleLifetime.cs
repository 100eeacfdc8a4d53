using Microsoft.Extensions.Hosting;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// The embedded silo's host lifetime: does nothing. The default console lifetime takes Ctrl-C and SIGTERM for
/// itself (it cancels the signal and only stops the host), so the command never learnt it was cancelled;
/// <see cref="TerminationSignals"/> handles them instead and the command stops the silo when it is done.
/// </summary>
internal sealed class NoConsoleLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
