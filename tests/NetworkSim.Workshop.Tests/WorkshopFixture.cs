using NetworkSim.Cli.Hosting;

namespace NetworkSim.Workshop.Tests;

/// <summary>One embedded silo and one workshop server on a free loopback port, shared by the tests of a collection.</summary>
public sealed class WorkshopFixture : IAsyncLifetime
{
    private EmbeddedSilo? _silo;
    private WorkshopServer? _server;

    public EmbeddedSilo Silo => _silo!;

    public WorkshopServer Server => _server!;

    public HttpClient Client { get; private set; } = null!;

    public static string Scenarios => Path.Combine(RepositoryRoot.Path, "scenarios");

    public async Task InitializeAsync()
    {
        _silo = await EmbeddedSilo.StartAsync();
        _server = await StartServerAsync(WorkshopOptions.DefaultIdleTimeout);
        Client = new HttpClient { BaseAddress = _server.Address };
    }

    /// <summary>Another server on the same silo (e.g. with a short idle time, or offering the scenarios of another folder).</summary>
    public Task<WorkshopServer> StartServerAsync(TimeSpan idle, string? scenarios = null) =>
        WorkshopServer.StartAsync(_silo!.Grains, new WorkshopOptions(null, scenarios ?? Scenarios, 0, idle));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _server!.DisposeAsync();
        await _silo!.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkshopCollection : ICollectionFixture<WorkshopFixture>
{
    public const string Name = "workshop";
}
