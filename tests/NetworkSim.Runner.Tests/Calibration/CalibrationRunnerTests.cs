using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Calibration;

/// <summary>
/// The calibration loop: a result that does not depend on parallelism, a calibration interrupted anywhere (in the
/// prior's generation or later) that resumes to the same bytes, and the runs cut at the last observed tick.
/// </summary>
public class CalibrationRunnerTests
{
    private static CalibrationDefinition Definition(TempDirectory temp, int particles = 40, int generations = 4)
    {
        var path = temp.Write("bass-small.yaml", SmallBass.Yaml);
        var scenario = ScenarioReader.Load(path);
        var observed = ObservedReader.Read(temp.Write("observed.csv", SmallBass.Observed()), scenario, 0);
        var keys = FitOptions.Read(["rules.p=0:0.1", "rules.q=0.1:0.8"], [], path);
        return new CalibrationDefinition(path, scenario, observed, keys, CalibrationDefinition.SettingsFor(keys, particles, 11, 0, 0.02, 100_000, generations), Worlds: 20);
    }

    private static async Task<(string Posterior, string State)> RunAsync(CalibrationDefinition definition, string folder, int parallel, ICalibrationSimulator? simulator = null)
    {
        using var open = SweepFolder.Open(folder, definition.Fingerprint(), force: false, ResumableFolderKind.Calibration);
        var outcome = await new CalibrationRunner(simulator ?? new ReferenceSimulator(), parallel).RunAsync(definition, open, null, CancellationToken.None);
        return (File.ReadAllText(Path.Combine(folder, PosteriorCsv.FileName)), outcome.State.ToJson());
    }

    [Fact]
    public async Task The_result_is_the_same_one_at_a_time_or_three_at_once()
    {
        using var temp = new TempDirectory();
        var definition = Definition(temp);
        var one = await RunAsync(definition, Path.Combine(temp.Path, "one"), 1);
        var three = await RunAsync(definition, Path.Combine(temp.Path, "three"), 3);
        Assert.Equal(one, three);
        var rows = one.Posterior.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("generation,particle,proposal,weight,distance,rules.p,rules.q", rows[0]);
        Assert.Equal(4 * 40, rows.Length - 1);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(41)]
    [InlineData(150)]
    public async Task A_calibration_stopped_after_any_run_resumes_to_the_same_bytes(int stopAfter)
    {
        using var temp = new TempDirectory();
        var definition = Definition(temp);
        var alone = await RunAsync(definition, Path.Combine(temp.Path, "alone"), 2);
        var resumed = Path.Combine(temp.Path, "resumed");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(definition, resumed, 2, new StoppingSimulator(stopAfter)));
        Assert.Equal(alone, await RunAsync(definition, resumed, 3));
    }

    [Fact]
    public void A_run_cut_at_the_last_observed_tick_has_the_values_the_full_run_has_there()
    {
        foreach (var file in new[] { "workshop-demo.yaml", "chile-improvement-network.yaml", "district-community-of-practice.yaml" })
        {
            var scenario = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, "scenarios", file));
            var cut = scenario with { Ticks = scenario.Ticks / 2 };
            var full = Simulation.Run(scenario, 99);
            var half = Simulation.Run(cut, 99);
            Assert.Equal(cut.Ticks + 1, half.Count);
            for (var t = 0; t <= cut.Ticks; t++)
            {
                Assert.Equal(full[t].Totals, half[t].Totals);
                Assert.Equal(full[t].Practices.Select(p => p.SchoolAdoption), half[t].Practices.Select(p => p.SchoolAdoption));
            }
        }
    }

    /// <summary>The reference, cancelled (as a kill would stop it) once it has started this many runs.</summary>
    private sealed class StoppingSimulator(int stopAfter) : ICalibrationSimulator
    {
        private int _started;

        public string Description => "stops";

        public Task<IReadOnlyList<TickMetrics>> RunAsync(Scenario scenario, ulong seed, string label, CancellationToken cancellation) =>
            Interlocked.Increment(ref _started) > stopAfter ? throw new OperationCanceledException() : new ReferenceSimulator().RunAsync(scenario, seed, label, cancellation);
    }
}
