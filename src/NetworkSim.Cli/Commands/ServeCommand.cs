using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Workshop;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim serve [scenario] [--port N] [--cluster redis --cluster-id X --service-id Y]</c>: workshop mode. Starts
/// the embedded silo (or joins a cluster as a client) and the live page on 127.0.0.1, prints its address and serves
/// until Ctrl-C or until the cluster loses a silo; every run a tab left open is ended on the way out.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultFolder = "scenarios";

    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "The scenario the page offers first (default: scenarios/workshop-demo.yaml); the shipped ones in scenarios/ are offered too.", Arity = ArgumentArity.ZeroOrOne };
        var port = new Option<string?>("--port") { Description = "Port on 127.0.0.1 (default 5005; 0 picks a free one)." };
        var cluster = new ClusterOptions();
        var command = new Command("serve", "Workshop mode: a live page on 127.0.0.1 that shows a room how practice spreads, two designs side by side.");
        command.Arguments.Add(scenario);
        command.Options.Add(port);
        cluster.AddTo(command);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var portNumber = ParsePort(result.GetValue(port));
            var address = cluster.Read(result);
            var path = result.GetValue(scenario);
            if (path is not null)
            {
                ScenarioReader.Load(path); // A bad file is refused here, with its line, before anything starts.
            }

            // The scenarios/ of the current folder (a checkout), else the shipped ones the installed tool carries.
            var folder = new[] { DefaultFolder, Path.Combine(AppContext.BaseDirectory, DefaultFolder) }.FirstOrDefault(Directory.Exists);
            if (path is null && folder is null)
            {
                throw new OutputException($"no scenario given and no {DefaultFolder}/ folder here. Allowed: networksim serve path/to/scenario.yaml, or run it from the repository.");
            }

            await using var silo = await GrainHosts.StartAsync(address, cancellation);
            WorkshopServer server;
            try
            {
                server = await WorkshopServer.StartAsync(silo.Grains, new WorkshopOptions(path, folder, portNumber), cancellation);
            }
            catch (IOException e)
            {
                throw new OutputException($"--port {portNumber}: cannot listen on 127.0.0.1:{portNumber} ({e.GetBaseException().Message}). Allowed: a free port, or --port 0 for any free one.");
            }

            await using (server)
            {
                Console.WriteLine($"Workshop mode on {silo.Description}: open {server.Address} in a browser on this machine (Ctrl-C to stop).");
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, silo.Lost);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    // The runs' state lived partly on the lost silo: they cannot go on, and a page that steps nothing helps nobody.
                    throw new OutputException($"{silo.Description}: a silo left the cluster; workshop mode stopped, its runs cannot go on. Start it again on the silos that remain.");
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("networksim: workshop mode stopped.");
                }
            }

            return 0;
        }));
        return command;
    }

    private static int ParsePort(string? text) =>
        text is null ? 5005
        : int.TryParse(text, out var port) && port is >= 0 and <= 65535 ? port
        : throw new OutputException($"--port {text}: not a port. Allowed: a whole number from 0 to 65535 (0 picks a free one).");
}
