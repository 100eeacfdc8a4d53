using System.CommandLine;
using System.Diagnostics;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim bench</c>: measures throughput and memory of a scenario on the embedded silo (one replicate
/// unless told otherwise). Speed is measured here, never asserted in tests.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var options = new ScenarioOptions();
        var command = new Command("bench", "Measure ticks per second, participant-ticks per second and peak memory of a scenario.");
        options.AddTo(command);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var scenario = options.Load(result, new ScenarioOverride("bench", "replicates=1"));
            var startup = Stopwatch.StartNew();
            await using var silo = await EmbeddedSilo.StartAsync(cancellation);
            var siloSeconds = startup.Elapsed.TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes();
            var results = await new ScenarioRunner(silo.Grains).RunAsync(scenario, 1, null, cancellation);
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            var ticks = results.Replicates.Sum(r => r.TickMilliseconds.Count);
            var tickMs = results.Replicates.SelectMany(r => r.TickMilliseconds).Order().ToArray();
            var tickSeconds = tickMs.Sum() / 1000;
            var participants = (long)scenario.Network.ParticipantCount;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine($"bench {scenario.Name}: {participants:N0} participants, {scenario.Network.SchoolCount:N0} schools, {ticks} ticks x {scenario.Replicates} replicate(s) on {Environment.ProcessorCount} cores");
            Console.WriteLine($"  silo start        {siloSeconds:0.00} s");
            Console.WriteLine($"  whole run         {results.Elapsed.TotalSeconds:0.00} s (initialisation {results.Elapsed.TotalSeconds - tickSeconds:0.00} s)");
            Console.WriteLine($"  tick              mean {tickMs.Average():0.0} ms, median {tickMs[tickMs.Length / 2]:0.0} ms, max {tickMs[^1]:0.0} ms");
            Console.WriteLine($"  throughput        {ticks / tickSeconds:0.0} ticks/s, {ticks * participants / tickSeconds:N0} participant-ticks/s");
            Console.WriteLine($"  memory            peak working set {peak / 1048576.0:N0} MiB, allocated {allocated / 1048576.0:N0} MiB ({allocated / (double)(ticks * participants):N0} B per participant-tick)");
            return 0;
        }));
        return command;
    }
}
