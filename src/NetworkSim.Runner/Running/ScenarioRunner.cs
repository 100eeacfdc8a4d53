using System.Diagnostics;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Running;

/// <summary>
/// Runs a scenario's replicates on whatever cluster <paramref name="grains"/> reaches (an embedded silo, a test
/// cluster or a real one), stepping each run from outside one tick at a time. Replicates that follow one another run
/// in a lane (<see cref="Lanes"/>), a run id whose grains stay active between them; with checkpoints, each under a run
/// id of its own.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="recovery">On a cluster: checkpoints and recovery from a lost silo; null for an embedded silo.</param>
public sealed class ScenarioRunner(IGrainFactory grains, RunRecovery? recovery = null)
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
        await using var lanes = new Lanes(grains, scenario.Name);
        var tasks = Enumerable.Range(0, scenario.Replicates).Select(async replicate =>
        {
            await gate.WaitAsync(cancellation);
            try
            {
                results[replicate] = await RunReplicateAsync(scenario, json, replicate, observer, () =>
                {
                    progress?.Report(new RunProgress(Interlocked.Increment(ref done), total, Volatile.Read(ref finished), scenario.Replicates));
                }, cancellation, lanes);
                Interlocked.Increment(ref finished);
                progress?.Report(new RunProgress(Volatile.Read(ref done), total, Volatile.Read(ref finished), scenario.Replicates));
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();
        await Task.WhenAll(tasks);
        await lanes.EndAsync();
        return new ScenarioResults(scenario, results, started, clock.Elapsed);
    }

    /// <summary>Runs one replicate of a scenario alone (a sweep's run): the same seed and results as that replicate of <see cref="RunAsync"/>.</summary>
    /// <param name="lanes">The batch's lanes to run it in (a sweep's, a comparison's); without them, or with checkpoints, under a run id of its own.</param>
    public Task<ReplicateResult> RunReplicateAsync(Scenario scenario, int replicate, CancellationToken cancellation = default, Lanes? lanes = null) =>
        RunReplicateAsync(scenario, ScenarioJson.Serialize(scenario), replicate, null, () => { }, cancellation, lanes);

    /// <param name="lanes">
    /// Where the replicate takes its lane (its run id; it ends by <see cref="IRunCoordinatorGrain.ResetAsync"/>, which
    /// frees the lane), or null: a run id of its own, ended. Lanes are for runs without recovery (an embedded silo, a
    /// cluster without checkpoints): a restored replicate continues under another run id.
    /// </param>
    private async Task<ReplicateResult> RunReplicateAsync(Scenario scenario, string json, int replicate, IRunObserver? observer, Action tickDone, CancellationToken cancellation, Lanes? lanes)
    {
        var clock = Stopwatch.StartNew();
        var seed = CounterRandom.ReplicateSeed(scenario.Seed, replicate);
        // The run id only names grains and checkpoints; no draw reads it, so a restored run (id~rN) draws the same.
        var lane = recovery is not { CheckpointEvery: > 0 } ? lanes?.Take() : null;
        var baseId = lane ?? $"{scenario.Name}-r{replicate}-{Guid.NewGuid():N}";
        var completed = false;
        var setup = new RunSetup(json, seed, replicate);
        var run = grains.GetGrain<IRunCoordinatorGrain>(baseId);
        var ticks = new List<TickMetrics>(scenario.Ticks + 1);
        var milliseconds = new List<double>(scenario.Ticks);
        var recoveries = new List<Recovery>();
        var checkpointing = recovery is { CheckpointEvery: > 0 };
        var losses = recovery?.Losses.Count ?? 0;
        CheckpointRef? checkpoint = null;
        TickBatch? batch = null;
        (SiloLoss Loss, int LostAt, Stopwatch Clock)? restoring = null;
        var reported = 0;
        var observed = -1;
        // Restarted after every call that succeeded: a recovery's time runs from the start of the call that failed.
        var sinceGood = Stopwatch.StartNew();
        using var span = RunTelemetry.Source.StartActivity("replicate");
        span?.SetTag("networksim.run", baseId);
        span?.SetTag("networksim.replicate", replicate);
        try
        {
            while (true)
            {
                try
                {
                    if (batch is null)
                    {
                        batch = checkpoint is null ? await CallAsync(run.InitializeAsync(setup), losses) : await CallAsync(run.RestoreAsync(setup, checkpoint), losses);
                        if (checkpoint is null)
                        {
                            ticks.Clear();
                            milliseconds.Clear();
                            ticks.AddRange(batch.Ticks);
                            checkpoint = checkpointing && !batch.Finished ? await CallAsync(run.CheckpointAsync(), losses) : null;
                        }

                        if (restoring is { } r)
                        {
                            var done = new Recovery(r.Loss.Silos, r.LostAt, checkpoint?.Tick ?? 0, Math.Round(r.Clock.Elapsed.TotalSeconds, 1));
                            recoveries.Add(done);
                            recovery!.Report(done.Describe(replicate));
                            restoring = null;
                        }

                        sinceGood.Restart();

                        if (observed < 0)
                        {
                            await ObserveAsync(run, observer, replicate, 0, batch.Finished, losses);
                            observed = 0;
                        }
                    }

                    while (!batch.Finished)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        using (var tick = RunTelemetry.Source.StartActivity("tick"))
                        {
                            tick?.SetTag("networksim.tick", ticks[^1].Tick + 1);
                            batch = await CallAsync(run.StepAsync(1), losses);
                        }

                        ticks.AddRange(batch.Ticks);
                        milliseconds.AddRange(batch.ElapsedMilliseconds);
                        RunTelemetry.TickDone(batch.ElapsedMilliseconds.Sum(), ticks[^1].AdoptionFraction(0));
                        var now = ticks[^1].Tick;
                        var snapshot = observer?.WantsAgents(now, batch.Finished) == true;
                        // A tick whose agents are written is a checkpoint too, so a restore never writes them twice.
                        if (checkpointing && !batch.Finished && (now % recovery!.CheckpointEvery == 0 || snapshot))
                        {
                            checkpoint = await CallAsync(run.CheckpointAsync(), losses);
                        }

                        if (now > observed)
                        {
                            await ObserveAsync(run, observer, replicate, now, batch.Finished, losses);
                            observed = now;
                        }

                        sinceGood.Restart();

                        // Progress counts each tick once, also when a restore computes it again.
                        for (; reported < now; reported++)
                        {
                            tickDone();
                        }
                    }

                    if (observer?.WantsTies(replicate) == true)
                    {
                        await observer.OnTiesAsync(replicate, await CallAsync(run.GetAgentsAsync(), losses), await CallAsync(run.GetTiesAsync(), losses));
                    }

                    completed = true;
                    break;
                }
                // A checkpoint the storage could not take after every try is no lost silo: a restore would not help.
                catch (Exception e) when (recovery is not null && checkpointing && e is not OperationCanceledException && e is not OutputException
                    && e is not CheckpointStorageException && !cancellation.IsCancellationRequested)
                {
                    await Task.WhenAny(recovery.Losses.NextAsync(losses), Task.Delay(recovery.Patience, cancellation));
                    cancellation.ThrowIfCancellationRequested();
                    var loss = recovery.Losses.Since(losses);
                    if (loss is null)
                    {
                        throw;
                    }

                    var lostAt = (ticks.Count == 0 ? 0 : ticks[^1].Tick) + (batch is null ? 0 : 1);
                    if (recoveries.Count == recovery.MaxRecoveries)
                    {
                        throw new OutputException($"replicate {replicate}: silo {loss.Silos} lost at tick {lostAt}, after {recoveries.Count} recoveries (the most allowed); the run stopped and no results were written.");
                    }

                    losses = loss.Number;
                    var from = checkpoint?.Tick ?? 0;
                    if (ticks.Count > from + 1)
                    {
                        ticks.RemoveRange(from + 1, ticks.Count - from - 1);
                        milliseconds.RemoveRange(from, milliseconds.Count - from);
                    }

                    if (checkpoint is not null)
                    {
                        AbandonQuietly(run, checkpoint);
                    }
                    else
                    {
                        _ = run.EndAsync().ContinueWith(t => t.Exception, TaskScheduler.Default);
                    }

                    run = grains.GetGrain<IRunCoordinatorGrain>($"{baseId}~r{recoveries.Count + 1}");
                    batch = null;
                    restoring ??= (loss, lostAt, sinceGood);
                }
            }
        }
        finally
        {
            try
            {
                // A lane whose run did not complete is ended, and not given back.
                if (completed && lane is not null)
                {
                    await lanes!.ResetAsync(lane);
                }
                else
                {
                    await EndAsync(run, losses);
                }
            }
            finally
            {
                if (checkpointing && recovery!.ClearCheckpoints is { } clear)
                {
                    await clear(baseId);
                }
            }
        }

        return new ReplicateResult(replicate, seed, ticks, milliseconds, clock.Elapsed, recoveries.Count == 0 ? null : recoveries);
    }

    /// <summary>
    /// A grain call that, on a cluster, also fails when a silo is lost while it runs: a call waiting on a grain of the
    /// dead silo may otherwise wait for the full response timeout.
    /// </summary>
    private async Task<T> CallAsync<T>(Task<T> call, int losses)
    {
        if (recovery is not { CheckpointEvery: > 0 })
        {
            return await call;
        }

        if (await Task.WhenAny(call, recovery.Losses.NextAsync(losses)) != call)
        {
            _ = call.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw new TimeoutException("A silo left the cluster while the call ran.");
        }

        return await call;
    }

    /// <summary>Ends the run, which on a cluster also clears its checkpoints; one whose coordinator was lost is left to end quietly.</summary>
    private async Task EndAsync(IRunCoordinatorGrain run, int losses)
    {
        var end = run.EndAsync();
        if (recovery is not { CheckpointEvery: > 0 } || await Task.WhenAny(end, recovery.Losses.NextAsync(losses)) == end)
        {
            await end;
            return;
        }

        _ = end.ContinueWith(t => t.Exception, TaskScheduler.Default);
    }

    /// <summary>
    /// Ends a run that a restore replaced, without waiting (its coordinator may be on the lost silo) and keeping the
    /// checkpoint the restore reads: the replaced run's grains on the silos left would otherwise clear their pieces of it.
    /// </summary>
    private static void AbandonQuietly(IRunCoordinatorGrain run, CheckpointRef keep) =>
        _ = run.AbandonAsync(keep).ContinueWith(t => t.Exception, TaskScheduler.Default);

    private async Task ObserveAsync(IRunCoordinatorGrain run, IRunObserver? observer, int replicate, int tick, bool finished, int losses)
    {
        if (observer?.WantsAgents(tick, finished) == true)
        {
            await observer.OnAgentsAsync(replicate, await CallAsync(run.GetAgentsAsync(), losses));
        }
    }
}
