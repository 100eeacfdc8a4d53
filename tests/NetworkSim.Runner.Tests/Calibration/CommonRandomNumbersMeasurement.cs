using System.Globalization;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Validation;

namespace NetworkSim.Runner.Tests.Calibration;

/// <summary>
/// Why calibrate gives every proposal its own seed: the bass-small recovery (20 truths, everyone observed at 16 ticks)
/// with independent seeds against one seed shared by every run of a generation (common random numbers). A
/// measurement, run by docs/bench/calibration-crn.sh (it takes about a minute in Release); it writes its figures to
/// calibration-crn.txt beside the test assembly.
/// </summary>
public class CommonRandomNumbersMeasurement
{
    public const string Variable = "NETWORKSIM_CALIBRATION_MEASURE";

    [SkippableFact]
    public async Task Shared_seeds_within_a_generation_against_a_seed_per_proposal()
    {
        Skip.If(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)), $"a measurement: set {Variable}=1 (docs/bench/calibration-crn.sh does).");
        using var temp = new TempDirectory();
        var bass = temp.Write("bass-small.yaml", SmallBass.Yaml);
        var lines = new List<string>();
        foreach (var (name, simulator) in new (string, ICalibrationSimulator)[] { ("a seed per proposal", new ReferenceSimulator()), ("one seed per generation", new SharedSeedPerGeneration()) })
        {
            var study = new CalibrationValidation(Path.Combine(temp.Path, name.Replace(' ', '-')), Environment.ProcessorCount, simulator: simulator);
            await study.RecoveryAsync(new RecoverySpec("bass-small", bass, ["rules.p=0.005:0.1", "rules.q=0.1:0.8"], [ObservedColumn.Adoption],
                [("all 200 at 16 ticks", [.. Enumerable.Range(1, 16)], 0)], 20, 100, 6, 20_000, 28), CancellationToken.None);
            foreach (var parameter in study.Rows.Select(r => r.Parameter).Distinct())
            {
                var rows = study.Rows.Where(r => r.Parameter == parameter).ToArray();
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {parameter} covered {rows.Count(r => r.Covered)} of {rows.Length}, mean 95 % width {rows.Average(r => r.Width):0.####}, mean |median - truth| {rows.Average(r => Math.Abs(r.Median - r.TruthValue)):0.####}"));
            }
        }

        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "calibration-crn.txt"), lines);
    }

    /// <summary>Every run of generation g with one seed (common random numbers within a generation).</summary>
    private sealed class SharedSeedPerGeneration : ICalibrationSimulator
    {
        public string Description => "one seed per generation";

        public Task<IReadOnlyList<TickMetrics>> RunAsync(Scenario scenario, ulong seed, string label, CancellationToken cancellation)
        {
            var generation = int.Parse(label["generation ".Length..label.IndexOf(',')], CultureInfo.InvariantCulture);
            return new ReferenceSimulator().RunAsync(scenario, CounterRandom.ReplicateSeed(42, generation), label, cancellation);
        }
    }
}
