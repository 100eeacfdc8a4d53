using System.CommandLine;
using System.Net;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim silo</c>: a silo process that joins a cluster (membership in Redis) until Ctrl-C or SIGTERM.</summary>
internal static class SiloCommand
{
    /// <summary>Printed on standard output once the silo has joined; <c>cluster up</c> waits for it.</summary>
    public const string ReadyLine = "networksim silo: ready";

    /// <summary>The Orleans dashboard's usual port, for <c>--dashboard</c> without one.</summary>
    public const int DefaultDashboardPort = 8080;

    public static Command Create()
    {
        var cluster = new ClusterOptions();
        var telemetry = Telemetry.CreateOption();
        var port = new Option<int>("--port") { Description = "Silo-to-silo port (default 0: a free port)." };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to (default 0: a free port)." };
        var address = new Option<string>("--address") { Description = "Address to listen on and advertise (default 127.0.0.1: this machine only).", DefaultValueFactory = _ => "127.0.0.1" };
        var dashboard = new Option<int?>("--dashboard") { Description = $"Serve the Orleans dashboard on this port (default {DefaultDashboardPort}; 0: a free port).", Arity = ArgumentArity.ZeroOrOne };
        var dashboardHost = new Option<string?>("--dashboard-host") { Description = "Address the dashboard listens on (default 127.0.0.1: this machine only)." };
        var command = new Command("silo", "Start a silo that joins a cluster whose membership lives in Redis; Ctrl-C stops it.");
        cluster.AddTo(command);
        command.Options.Add(telemetry);
        command.Options.Add(port);
        command.Options.Add(gatewayPort);
        command.Options.Add(address);
        command.Options.Add(dashboard);
        command.Options.Add(dashboardHost);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var target = cluster.Read(result) ?? throw new OutputException("--cluster: required. Allowed: a Redis connection string, e.g. 127.0.0.1:6379.");
            if (!IPAddress.TryParse(result.GetValue(address), out var bind))
            {
                throw new OutputException($"--address {result.GetValue(address)}: not an IP address. Allowed: e.g. 127.0.0.1, or this machine's address on the network.");
            }

            foreach (var (name, value) in new[] { ("--port", result.GetValue(port)), ("--gateway-port", result.GetValue(gatewayPort)) })
            {
                if (value is < 0 or > 65535)
                {
                    throw new OutputException($"{name} {value}: Allowed: 0 (a free port) to 65535.");
                }
            }

            var page = Dashboard(result, dashboard, dashboardHost);
            // A silo out of memory ends rather than stay in the cluster unable to reply (OutOfMemoryExit).
            using var outOfMemory = OutOfMemoryExit.Arm();
            using var exporter = Telemetry.Start(result.GetValue(telemetry));
            var silo = await ClusterSilo.StartAsync(target, bind, result.GetValue(port), result.GetValue(gatewayPort), page, cancellation);
            var endpoints = silo.Endpoints;
            Console.WriteLine($"{ReadyLine}: {target}, silo {bind}:{endpoints.SiloPort}, gateway {bind}:{endpoints.GatewayPort}{(silo.Dashboard is { } d ? $", dashboard {d}" : "")}, pid {Environment.ProcessId}. Ctrl-C stops it.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: leave the cluster cleanly so the others need not wait to declare this silo dead.
            }

            await silo.DisposeAsync();
            Console.WriteLine("networksim silo: stopped.");
            return 0;
        }));
        return command;
    }

    /// <summary>Where the dashboard listens: <c>--dashboard [port]</c> on <c>--dashboard-host</c> (loopback unless told); null without <c>--dashboard</c>.</summary>
    private static IPEndPoint? Dashboard(ParseResult result, Option<int?> dashboard, Option<string?> dashboardHost)
    {
        var host = result.GetValue(dashboardHost);
        if (result.GetResult(dashboard) is null)
        {
            return host is null ? null : throw new OutputException("--dashboard-host: only allowed with --dashboard [port].");
        }

        var port = result.GetValue(dashboard) ?? DefaultDashboardPort;
        if (port is < 0 or > 65535)
        {
            throw new OutputException($"--dashboard {port}: Allowed: 0 (a free port) to 65535.");
        }

        return IPAddress.TryParse(host ?? "127.0.0.1", out var address) ? new IPEndPoint(address, port)
            : throw new OutputException($"--dashboard-host {host}: not an IP address. Allowed: e.g. 127.0.0.1, or this machine's address on the network.");
    }
}
