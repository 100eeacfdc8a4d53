using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using NetworkSim.Workshop.Api;
using NetworkSim.Workshop.Designs;
using NetworkSim.Workshop.Sessions;

namespace NetworkSim.Workshop;

/// <summary>
/// Workshop mode's web app: the page and its API on 127.0.0.1 only (Kestrel), stepping runs on whatever cluster
/// <see cref="IGrainFactory"/> reaches. Everything the page needs, scripts included, is served from the
/// <c>workshop-wwwroot</c> folder beside the assembly; nothing comes from the internet. Every response carries
/// <see cref="SecurityHeaders"/>, and a request that names any host but loopback is refused (400), so a web page
/// whose DNS name is rebound to 127.0.0.1 reaches nothing. The API describes itself at <c>/openapi/v1.json</c>
/// (<see cref="WorkshopOpenApi"/>).
/// </summary>
public sealed class WorkshopServer : IAsyncDisposable
{
    public const string WebRootFolder = "workshop-wwwroot";

    /// <summary>The host names a request may give (any port): the page is on loopback and nowhere else.</summary>
    public static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    private readonly WebApplication _app;
    private readonly SessionStore _sessions;

    private WorkshopServer(WebApplication app, SessionStore sessions, Uri address)
    {
        _app = app;
        _sessions = sessions;
        Address = address;
    }

    /// <summary>Where the page is, e.g. http://127.0.0.1:5005/.</summary>
    public Uri Address { get; }

    /// <summary>Sessions open and the runs they hold on the silo.</summary>
    public (int Sessions, int Runs) Load => (_sessions.Count, _sessions.RunCount);

    public static async Task<WorkshopServer> StartAsync(IGrainFactory grains, WorkshopOptions options, CancellationToken cancellation = default)
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, WebRootFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, WebRootPath = webRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(WorkshopOpenApi.Configure);
        // The web defaults put ASP.NET Core's host filter first in the pipeline; it answers any other host with 400.
        builder.Services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = LoopbackHosts;
            o.AllowEmptyHosts = false;
        });
        // First of all middleware (the host filter that the web defaults put first included), so every response has them.
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeaders>());
        var app = builder.Build();
        var sessions = new SessionStore(options.IdleTimeout ?? WorkshopOptions.DefaultIdleTimeout);
        var files = new PhysicalFileProvider(webRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        WorkshopApi.Map(app, sessions, new ScenarioCatalog(options.Scenario, options.ScenarioFolder), grains);
        app.MapOpenApi(WorkshopOpenApi.Route);
        await app.StartAsync(cancellation);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WorkshopServer(app, sessions, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>Closes every session (ending its runs on the silo), then stops the web app.</summary>
    public async ValueTask DisposeAsync()
    {
        await _sessions.DisposeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
