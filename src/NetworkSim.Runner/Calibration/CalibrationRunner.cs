using System.Diagnostics;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Runs a calibration with <see cref="AbcSmc"/>: batches of proposals simulated <paramref name="parallel"/> at once,
/// their distances recorded in order. Generation 0 is also the pilot that sets the distance's column scales: its
/// runs are all simulated before any is recorded. Each completed generation is kept (<c>posterior.csv</c>), and the
/// state is saved as it goes, so a killed calibration resumes where it stood and ends byte for byte as one left alone.
/// </summary>
public sealed class CalibrationRunner(ICalibrationSimulator simulator, int parallel)
{
    private const string StateName = "abc.json";
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(1);

    /// <summary>Proposals simulated per batch: enough to keep every worker busy; at most this many runs are wasted at a generation's end.</summary>
    public int BatchSize => 4 * Math.Max(1, parallel);

    public async Task<CalibrationOutcome> RunAsync(CalibrationDefinition definition, SweepFolder folder, IProgress<CalibrationProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var abc = new AbcSmc(definition.Settings);
        var saved = File.Exists(folder.StatePath(StateName)) ? CalibrationCheckpoint.FromJson(System.Text.Encoding.UTF8.GetString(SweepFolder.ReadBack(folder.StatePath(StateName)))) : null;
        var state = saved is null ? abc.Start() : abc.Resume(saved.Engine);
        var scales = saved?.Scales is { } s ? new DistanceScales(s) : null;
        var pilot = saved?.Pilot.ToList() ?? [];
        var resumed = state.RunsUsed + pilot.Count;
        var particles = definition.Settings.Particles;
        var lastSave = Stopwatch.StartNew();

        void Save(bool now)
        {
            if (now || lastSave.Elapsed >= SaveEvery)
            {
                SweepFolder.WriteAtomically(folder.StatePath(StateName), new CalibrationCheckpoint(state.ToJson(), scales?.Scales, scales is null ? pilot : []).ToJson());
                lastSave.Restart();
            }
        }

        // Generation 0: draws from the prior, every run kept until there are enough to set the column scales.
        while (scales is null && !state.Finished)
        {
            var batch = Enumerable.Range(pilot.Count, BatchSize).Select(i => abc.Propose(state, i)).ToArray();
            pilot.AddRange(await SimulateAsync(definition, batch, cancellation));
            if (pilot.Count >= particles)
            {
                scales = DistanceScales.FromPrior(definition.Observed, pilot.Take(particles).ToArray());
                for (var i = 0; i < particles && !state.Finished; i++)
                {
                    abc.Record(state, abc.Propose(state, i), scales.Distance(definition.Observed, pilot[i]));
                }

                KeepGenerations(state, definition, folder);
                pilot = [];
            }

            var simulated = scales is null ? pilot.Count : particles;
            progress?.Report(new CalibrationProgress(0, double.PositiveInfinity, Math.Min(simulated, particles), particles, simulated, simulated, resumed, scales is not null));
            Save(scales is not null);
        }

        var generation = state.History.Count;
        await abc.RunAsync(
            state,
            async (batch, token) => (await SimulateAsync(definition, batch, token)).Select(v => scales!.Distance(definition.Observed, v)).ToArray(),
            BatchSize,
            _ =>
            {
                var completed = state.History.Count > generation;
                if (completed)
                {
                    KeepGenerations(state, definition, folder);
                    var done = state.History[^1];
                    progress?.Report(new CalibrationProgress(done.Generation, done.Tolerance, done.Accepted, particles, done.Proposals, state.RunsUsed, resumed, true));
                    generation = state.History.Count;
                }

                if (!state.Finished && state.NextProposal > 0)
                {
                    progress?.Report(new CalibrationProgress(state.Generation, state.Tolerance, state.Accepted.Count, particles, state.NextProposal, state.RunsUsed, resumed, false));
                }

                Save(completed || state.Finished);
                return Task.CompletedTask;
            },
            cancellation);
        Save(true);
        return new CalibrationOutcome(state, scales!, clock.Elapsed, resumed);
    }

    /// <summary>The simulated observations of each proposal, in the batch's order; the runs go <c>parallel</c> at once.</summary>
    public async Task<double[][]> SimulateAsync(CalibrationDefinition definition, IReadOnlyList<Proposal> batch, CancellationToken cancellation)
    {
        var results = new double[batch.Count][];
        var scenario = definition.RunScenario;
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellation }, async (i, token) =>
        {
            var proposal = batch[i];
            var run = FittedKey.Apply(scenario, definition.Keys, proposal.Parameters);
            var ticks = await simulator.RunAsync(run, proposal.Seed, $"generation {proposal.Generation}, proposal {proposal.Index}", token);
            results[i] = SimulatedObservations.Of(ticks, definition.Observed, run.Network, proposal.Seed);
        });
        return results;
    }

    /// <summary>
    /// Writes the generation just completed beside the earlier ones, then posterior.csv with all of them: before the
    /// state that counts it is saved, so a resumed calibration always finds every generation its state has completed.
    /// </summary>
    private static void KeepGenerations(AbcSmcState state, CalibrationDefinition definition, SweepFolder folder)
    {
        var last = state.History.Count - 1;
        if (last < 0)
        {
            return;
        }

        SweepFolder.WriteAtomically(folder.StatePath($"generation-{last}.csv"), PosteriorCsv.Rows(last, state.Population));
        var rows = Enumerable.Range(0, last + 1).Select(g => System.Text.Encoding.UTF8.GetString(SweepFolder.ReadBack(folder.StatePath($"generation-{g}.csv"))));
        folder.WriteText(PosteriorCsv.FileName, PosteriorCsv.Header(definition.Keys) + "\n" + string.Concat(rows));
    }
}
