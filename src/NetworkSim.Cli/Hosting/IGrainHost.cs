namespace NetworkSim.Cli.Hosting;

/// <summary>Whatever the commands run grains on: the embedded silo or a client of a cluster.</summary>
internal interface IGrainHost : IAsyncDisposable
{
    IGrainFactory Grains { get; }

    /// <summary>Where the grains run, for the console line that starts a run (no secrets).</summary>
    string Description { get; }

    /// <summary>Cancelled when the grains' cluster lost a silo (never for the embedded silo).</summary>
    CancellationToken Lost => CancellationToken.None;
}
