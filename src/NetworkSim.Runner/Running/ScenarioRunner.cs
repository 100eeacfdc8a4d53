using System.Diagnostics;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Running;

/// <summary>
/// Runs a scenario's replicates on whatever cluster <paramref name="grains"/> reaches (an embedded silo, a test
/// cluster or a real one), each as its own run id, stepping each run from outside one tick at a time.
/// </summary>
public sealed class ScenarioRunner(IGrainFactory grains)
{
    /// <param name="scenario">The resolved scenario.</param>
    /// <param name="parallel">How many replicates run at once.</param>
    /// <param name="progress">Told after every tick of every replicate.</param>
    /// <param name="cancellation">Stops between ticks.</param>
    /// <param name="observer">Reads participant snapshots and ties as the replicates run.</param>
    public async Task<ScenarioResults> RunAsync(Scenario scenario, int parallel = 1, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default, IRunObserver? observer = null)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var json = ScenarioJson.Serialize(scenario);
        var total = (long)scenario.Replicates * scenario.Ticks;
        long done = 0;
        var finished = 0;
        var results = new ReplicateResult[scenario.Replicates];
        using var gate = new SemaphoreSlim(Math.Max(1, parallel));
        var tasks = Enumerable.Range(0, scenario.Replicates).Select(async replicate =>
        {
            await gate.WaitAsync(cancellation);
            try
            {
                results[replicate] = await RunReplicateAsync(scenario, json, replicate, observer, () =>
                {
                    progress?.Report(new RunProgress(Interlocked.Increment(ref done), total, Volatile.Read(ref finished), scenario.Replicates));
                }, cancellation);
                Interlocked.Increment(ref finished);
                progress?.Report(new RunProgress(Volatile.Read(ref done), total, Volatile.Read(ref finished), scenario.Replicates));
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();
        await Task.WhenAll(tasks);
        return new ScenarioResults(scenario, results, started, clock.Elapsed);
    }

    /// <summary>Runs one replicate of a scenario alone (a sweep's run): the same seed and results as that replicate of <see cref="RunAsync"/>.</summary>
    public Task<ReplicateResult> RunReplicateAsync(Scenario scenario, int replicate, CancellationToken cancellation = default) =>
        RunReplicateAsync(scenario, ScenarioJson.Serialize(scenario), replicate, null, () => { }, cancellation);

    private async Task<ReplicateResult> RunReplicateAsync(Scenario scenario, string json, int replicate, IRunObserver? observer, Action tickDone, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var seed = CounterRandom.ReplicateSeed(scenario.Seed, replicate);
        var runId = $"{scenario.Name}-r{replicate}-{Guid.NewGuid():N}";
        var run = grains.GetGrain<IRunCoordinatorGrain>(runId);
        var ticks = new List<TickMetrics>(scenario.Ticks + 1);
        var milliseconds = new List<double>(scenario.Ticks);
        using var span = RunTelemetry.Source.StartActivity("replicate");
        span?.SetTag("networksim.run", runId);
        span?.SetTag("networksim.replicate", replicate);
        try
        {
            var batch = await run.InitializeAsync(new RunSetup(json, seed, replicate));
            ticks.AddRange(batch.Ticks);
            await ObserveAsync(run, observer, replicate, 0, batch.Finished);
            while (!batch.Finished)
            {
                cancellation.ThrowIfCancellationRequested();
                using (var tick = RunTelemetry.Source.StartActivity("tick"))
                {
                    tick?.SetTag("networksim.tick", ticks[^1].Tick + 1);
                    batch = await run.StepAsync(1);
                }

                ticks.AddRange(batch.Ticks);
                milliseconds.AddRange(batch.ElapsedMilliseconds);
                RunTelemetry.TickDone(batch.ElapsedMilliseconds.Sum(), ticks[^1].AdoptionFraction(0));
                await ObserveAsync(run, observer, replicate, ticks[^1].Tick, batch.Finished);
                tickDone();
            }

            if (observer?.WantsTies(replicate) == true)
            {
                await observer.OnTiesAsync(replicate, await run.GetAgentsAsync(), await run.GetTiesAsync());
            }
        }
        finally
        {
            await run.EndAsync();
        }

        return new ReplicateResult(replicate, seed, ticks, milliseconds, clock.Elapsed);
    }

    private static async Task ObserveAsync(IRunCoordinatorGrain run, IRunObserver? observer, int replicate, int tick, bool finished)
    {
        if (observer?.WantsAgents(tick, finished) == true)
        {
            await observer.OnAgentsAsync(replicate, await run.GetAgentsAsync());
        }
    }
}
