using System.Diagnostics;
using NetworkSim.Cli.Hosting;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Cli.Bench;

/// <summary>Runs one workload's replicate 0 through one engine and measures it (<see cref="EngineMeasurement"/>).</summary>
internal static class WorkloadRunner
{
    /// <summary>On the embedded silo, stepped from outside one tick at a time as <c>networksim run</c> steps it.</summary>
    /// <param name="warm">Whole replicates to measure afterwards, after as many unmeasured (<see cref="WarmReplicates"/>).</param>
    public static async Task<EngineMeasurement> GrainsAsync(Scenario scenario, int warm, CancellationToken cancellation)
    {
        await using var silo = await EmbeddedSilo.StartAsync(cancellation);
        var json = ScenarioJson.Serialize(scenario);
        var seed = CounterRandom.ReplicateSeed(scenario.Seed, 0);
        var run = silo.Grains.GetGrain<IRunCoordinatorGrain>($"bench-{scenario.Name}-{Guid.NewGuid():N}");
        var (setup, _) = await Phase.MeasureAsync(() => run.InitializeAsync(new RunSetup(json, seed, 0)));
        var before = silo.Counters.Read();
        var (first, firstBatch) = await Phase.MeasureAsync(() => run.StepAsync(1));
        var afterFirst = silo.Counters.Read();
        var last = firstBatch.Ticks[^1];
        var settle = await Phase.FullCollectionAsync();
        var (steady, ticks) = await Phase.MeasureAsync(async () =>
        {
            var count = 0;
            for (var t = 1; t < scenario.Ticks; t++)
            {
                cancellation.ThrowIfCancellationRequested();
                last = (await run.StepAsync(1)).Ticks[^1];
                count++;
            }

            return count;
        });
        var counts = silo.Counters.Read() - afterFirst;
        var peak = PeakBytes();
        // The further replicates run in the run's lane, as `networksim run`'s do (ScenarioRunner): reset, not ended.
        await run.ResetAsync();
        var replicate = await StartGrainsAsync(run, scenario, json, 1);
        await run.ResetAsync();
        var warmed = warm > 0 ? await WarmReplicates.MeasureAsync(warm, k => GrainsReplicateAsync(run, scenario, json, 2 + k), cancellation) : null;
        await run.EndAsync();
        return new EngineMeasurement("grains", setup, first, steady, ticks, (afterFirst - before).ParticipantCalls, counts.ParticipantCalls, peak, counts, Adopters(last), replicate, warmed, settle);
    }

    /// <summary>Replicate k started in the lane <paramref name="run"/>, measured: its setup and first tick (a further replicate's fixed cost).</summary>
    private static async Task<Phase> StartGrainsAsync(IRunCoordinatorGrain run, Scenario scenario, string json, int k)
    {
        var (start, _) = await Phase.MeasureAsync(async () =>
        {
            await run.InitializeAsync(new RunSetup(json, CounterRandom.ReplicateSeed(scenario.Seed, k), k));
            return await run.StepAsync(1);
        });
        return start;
    }

    /// <summary>Replicate k whole in the lane <paramref name="run"/>, stepped as the measured one is, and reset (its end).</summary>
    private static async Task<(Phase Start, Phase Steady, int Ticks, Phase? End)> GrainsReplicateAsync(IRunCoordinatorGrain run, Scenario scenario, string json, int k)
    {
        var start = await StartGrainsAsync(run, scenario, json, k);
        var (steady, ticks) = await Phase.MeasureAsync(async () =>
        {
            var count = 0;
            for (var t = 1; t < scenario.Ticks; t++)
            {
                await run.StepAsync(1);
                count++;
            }

            return count;
        });
        var (end, _) = await Phase.MeasureAsync(async () =>
        {
            await run.ResetAsync();
            return 0;
        });
        return (start, steady, ticks, end);
    }

    /// <summary>Through <see cref="Simulation"/>, the sequential in-process reference: the ceiling.</summary>
    /// <param name="warm">Whole replicates to measure afterwards, after as many unmeasured (<see cref="WarmReplicates"/>).</param>
    public static async Task<EngineMeasurement> ReferenceAsync(Scenario scenario, int warm, CancellationToken cancellation)
    {
        var seed = CounterRandom.ReplicateSeed(scenario.Seed, 0);
        var (setup, simulation) = await Phase.MeasureAsync(() => Task.FromResult(new Simulation(new RunModel(scenario, seed))));
        var (first, _) = await Phase.MeasureAsync(() => Task.FromResult(simulation.Step()));
        var firstStepped = simulation.ParticipantSteps;
        var settle = await Phase.FullCollectionAsync();
        var (steady, ticks) = await Phase.MeasureAsync(() =>
        {
            var count = 0;
            for (var t = 1; t < scenario.Ticks; t++)
            {
                simulation.Step();
                count++;
            }

            return Task.FromResult(count);
        });
        var peak = PeakBytes();
        var (replicate, _) = await StartReferenceAsync(scenario, 1);
        var warmed = warm > 0 ? await WarmReplicates.MeasureAsync(warm, k => ReferenceReplicateAsync(scenario, 2 + k), cancellation) : null;
        return new EngineMeasurement("reference", setup, first, steady, ticks, firstStepped, simulation.ParticipantSteps - firstStepped, peak, null, Adopters(simulation.State.Last), replicate, warmed, settle);
    }

    /// <summary>Replicate k started through the reference, measured: its setup and first tick.</summary>
    private static Task<(Phase Start, Simulation Simulation)> StartReferenceAsync(Scenario scenario, int k) => Phase.MeasureAsync(() =>
    {
        var next = new Simulation(new RunModel(scenario, CounterRandom.ReplicateSeed(scenario.Seed, k)));
        next.Step();
        return Task.FromResult(next);
    });

    /// <summary>Replicate k whole through the reference, stepped as the measured one is.</summary>
    private static async Task<(Phase Start, Phase Steady, int Ticks, Phase? End)> ReferenceReplicateAsync(Scenario scenario, int k)
    {
        var (start, simulation) = await StartReferenceAsync(scenario, k);
        var (steady, ticks) = await Phase.MeasureAsync(() =>
        {
            for (var t = 1; t < scenario.Ticks; t++)
            {
                simulation.Step();
            }

            return Task.FromResult(scenario.Ticks - 1);
        });
        return (start, steady, ticks, null);
    }

    private static double Adopters(TickMetrics metrics) => metrics.Value("adopters", 0);

    private static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
