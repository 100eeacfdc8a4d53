using System.Globalization;
using System.Text;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Analysis.Designs;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.RuleSets.Classic;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Validation;

/// <summary>
/// <c>networksim validate --calibration</c>: calibration checked through the command's own path (a scenario file, an
/// observed CSV written and read back, <c>--fit</c> keys, the calibration loop) against what it must recover:
/// parameters simulated from known values (the 95 % credible interval covers the truth in at least 90 % of the
/// recoveries per parameter, and narrows as the observed data grow) and Bass p and q from the closed-form curve.
/// </summary>
/// <param name="work">A folder for the calibrations' working files (removed by the caller).</param>
/// <param name="simulator">What runs the calibrations' simulations (the in-process reference unless given).</param>
public sealed class CalibrationValidation(string work, int parallel, Action<string>? log = null, ICalibrationSimulator? simulator = null)
{
    public const double CoverageNeeded = 0.9;
    public const double BassWithin = 0.1;

    public List<RecoveryRow> Rows { get; } = [];

    /// <summary>
    /// Every check. Quick (the tests): a 200-participant Bass model, 10 truths, a survey of 40 at 4 ticks against
    /// everyone at 16 ticks, and the closed-form check at N = 1,000. Full: that model with 20 truths, the workshop demo (adoption.rate and
    /// back_home.mobilisation from in_network and back_home at 4 against 13 time points) with 20 truths and the
    /// command's default particles (a flat posterior's tails need them), and the
    /// closed-form check at N = 10,000.
    /// </summary>
    public async Task<IReadOnlyList<CalibrationCheck>> RunAllAsync(bool quick, CancellationToken cancellation)
    {
        Directory.CreateDirectory(work);
        var bass = Path.Combine(work, "bass-small.yaml");
        File.WriteAllText(bass, "name: bass-small\nseed: 3\nreplicates: 1\nticks: 16\nrules: {kind: bass, p: 0.03, q: 0.38}\n" +
            "network:\n  schools: 4\n  staff: {staff: 50}\n  team: {staff: 50}\n  participant_graph: {kind: none}\npractices:\n  - name: product\nfacilitators: {count: 0}\n");
        var checks = new List<CalibrationCheck>();
        checks.AddRange(await RecoveryAsync(new RecoverySpec("bass-small", bass, ["rules.p=0.005:0.1", "rules.q=0.1:0.8"], [ObservedColumn.Adoption],
            [("a survey of 40 at 4 ticks", [4, 8, 12, 16], 40), ("all 200 at 16 ticks", [.. Enumerable.Range(1, 16)], 0)], quick ? 10 : 20, quick ? 40 : 100, quick ? 4 : 6, 20_000, 28), cancellation));
        if (!quick)
        {
            var demo = ShippedScenarioFile.Find("workshop-demo.yaml")
                ?? throw new Output.OutputException("validate --calibration: scenarios/workshop-demo.yaml was not found above the current folder or the program. Allowed: run it from a checkout of NetworkSim.");
            checks.AddRange(await RecoveryAsync(new RecoverySpec("workshop-demo", demo, ["adoption.rate", "back_home.mobilisation"], [ObservedColumn.InNetwork, ObservedColumn.BackHome],
                [("4 time points", [26, 52, 78, 104], 0), ("13 time points", [.. Enumerable.Range(1, 13).Select(i => 8 * i)], 0)], 20, CalibrationDefinition.DefaultParticles, 5, 20_000, 7), cancellation));
        }

        checks.Add(await BassAsync(quick ? 1_000 : 10_000, quick ? 60 : 200, quick ? 5 : 8, 20_000, 1969, cancellation));
        return checks;
    }

    /// <summary>The recovery study: coverage per parameter and narrowing with more data.</summary>
    public async Task<IReadOnlyList<CalibrationCheck>> RecoveryAsync(RecoverySpec spec, CancellationToken cancellation)
    {
        var scenario = ScenarioReader.Load(spec.Scenario);
        var keys = FitOptions.Read(spec.Fits, [], spec.Scenario);
        var truths = LatinHypercube.UnitSample(spec.Truths, keys.Count, spec.Seed);
        var rows = new List<RecoveryRow>();
        for (var i = 0; i < spec.Truths; i++)
        {
            var truth = keys.Select((k, j) => k.Prior.FromUnit(truths[i][j])).ToArray();
            var simulated = FittedKey.Apply(scenario with { Replicates = 1 }, keys, truth);
            var ticks = await new ReferenceSimulator().RunAsync(simulated, CounterRandom.ReplicateSeed(spec.Seed, 1_000 + i), "truth", cancellation);
            foreach (var (label, observedTicks, n) in spec.Sizes)
            {
                // What the observer recorded of the truth's run: every share, or a survey of n of those it counts.
                var csv = new StringBuilder("tick," + string.Join(',', spec.Columns.Select(c => c.Name)) + (n > 0 ? ",n\n" : "\n"));
                var observation = 0;
                foreach (var t in observedTicks)
                {
                    csv.Append(t.ToString(CultureInfo.InvariantCulture));
                    foreach (var column in spec.Columns)
                    {
                        var share = column.Simulated(ticks[Math.Min(t, ticks.Count - 1)], 0, -1);
                        var recorded = n > 0 ? SimulatedObservations.Survey(share, column.Population(scenario.Network, -1), n, CounterRandom.ReplicateSeed(spec.Seed, 2_000 + i), observation++) : share;
                        csv.Append(',').Append(recorded.ToString("R", CultureInfo.InvariantCulture));
                    }

                    csv.Append(n > 0 ? $",{n}\n" : "\n");
                }

                var name = $"{spec.Name}-{i:00}-{label.Replace(' ', '-')}";
                var (posterior, runs) = await CalibrateAsync(spec.Scenario, scenario, keys, name, csv.ToString(), spec.Particles, spec.Generations, spec.MaxRuns, CounterRandom.ReplicateSeed(spec.Seed, i), cancellation);
                rows.AddRange(posterior.Parameters.Select((p, j) => new RecoveryRow(spec.Name, p.Name, i, label, truth[j], p.Median, p.Mean, p.Credible95.Low, p.Credible95.High, runs)));
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: truth {i + 1} of {spec.Truths}, {label}: ") +
                    string.Join("; ", posterior.Parameters.Select((p, j) => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {truth[j]:0.####} in {p.Credible95.Low:0.####} to {p.Credible95.High:0.####}: {(p.Credible95.Contains(truth[j]) ? "covered" : "MISSED")}"))) +
                    string.Create(CultureInfo.InvariantCulture, $" ({runs:N0} runs)"));
            }
        }

        Rows.AddRange(rows);
        var checks = new List<CalibrationCheck>();
        var (smallest, largest) = (spec.Sizes[0].Label, spec.Sizes[^1].Label);
        foreach (var key in keys)
        {
            var mine = rows.Where(r => r.Parameter == key.Key).ToArray();
            var needed = (int)Math.Ceiling(CoverageNeeded * spec.Truths);
            var coverage = spec.Sizes.Select(s => (s.Label, Covered: mine.Count(r => r.Data == s.Label && r.Covered))).ToArray();
            checks.Add(new CalibrationCheck($"{spec.Name}: coverage of {key.Key}", coverage.All(c => c.Covered >= needed),
                $"the 95 % credible interval of {key.Key} covers the truth in at least {needed} of {spec.Truths} recoveries with each size of data",
                string.Join(", ", coverage.Select(c => $"{c.Covered} of {spec.Truths} with {c.Label}"))));
            var small = mine.Where(r => r.Data == smallest).Select(r => r.Width).Average();
            var large = mine.Where(r => r.Data == largest).Select(r => r.Width).Average();
            var narrower = mine.Where(r => r.Data == largest).Count(r => r.Width < mine.Single(s => s.Data == smallest && s.Truth == r.Truth).Width);
            checks.Add(new CalibrationCheck($"{spec.Name}: {key.Key} narrows with more data", large < small,
                $"the mean width of {key.Key}'s 95 % credible interval is smaller with {largest} than with {smallest} (the same simulated truths)",
                string.Create(CultureInfo.InvariantCulture, $"mean width {large:0.####} with {largest} against {small:0.####} with {smallest} ({large / small:0.00}x); narrower in {narrower} of {spec.Truths}")));
        }

        return checks;
    }

    /// <summary>Bass p and q fitted to the closed-form curve F(t + 1) = F(t) + (p + q F(t))(1 − F(t)) observed at ticks 2, 4, …, 16.</summary>
    public async Task<CalibrationCheck> BassAsync(int participants, int particles, int generations, int maxRuns, ulong seed, CancellationToken cancellation)
    {
        const double p = 0.03, q = 0.38;
        var scenarioFile = Path.Combine(work, $"bass-{participants}.yaml");
        var schools = participants / 100;
        File.WriteAllText(scenarioFile, $"name: bass-closed-form\nseed: {seed}\nreplicates: 1\nticks: 16\nrules: {{kind: bass, p: {p}, q: {q}}}\n" +
            $"network:\n  schools: {schools}\n  staff: {{staff: 100}}\n  team: {{staff: 100}}\n  participant_graph: {{kind: none}}\npractices:\n  - name: product\nfacilitators: {{count: 0}}\n");
        var curve = BassRule.Recursion(p, q, 0, 16);
        var csv = "tick,adoption\n" + string.Concat(Enumerable.Range(1, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"{2 * i},{curve[2 * i]:R}\n")));
        var scenario = ScenarioReader.Load(scenarioFile);
        var keys = FitOptions.Read(["rules.p=0:0.1", "rules.q=0.1:0.8"], [], scenarioFile);
        var (posterior, runs) = await CalibrateAsync(scenarioFile, scenario, keys, $"bass-{participants}", csv, particles, generations, maxRuns, seed, cancellation);
        var truths = new[] { p, q };
        var ok = posterior.Parameters.Select((x, i) => x.Credible95.Contains(truths[i]) && Math.Abs(x.Mean - truths[i]) <= BassWithin * truths[i]).ToArray();
        foreach (var (x, i) in posterior.Parameters.Select((x, i) => (x, i)))
        {
            Rows.Add(new RecoveryRow("bass-closed-form", x.Name, 0, "8 ticks", truths[i], x.Median, x.Mean, x.Credible95.Low, x.Credible95.High, runs));
        }

        return new CalibrationCheck("bass closed form", ok.All(o => o),
            string.Create(CultureInfo.InvariantCulture, $"Bass p = {p} and q = {q} fitted to the closed-form curve at 8 ticks (N = {participants:N0}): each within its 95 % credible interval, its posterior mean within {BassWithin:P0} of the truth"),
            string.Join("; ", posterior.Parameters.Select((x, i) => string.Create(CultureInfo.InvariantCulture,
                $"{x.Name}: mean {x.Mean:0.#####} ({(x.Mean - truths[i]) / truths[i]:+0.0%;-0.0%}), 95 % {x.Credible95.Low:0.#####} to {x.Credible95.High:0.#####}"))) +
            string.Create(CultureInfo.InvariantCulture, $"; r = {posterior.Correlation[0][1]:0.00}; {runs:N0} runs"));
    }

    private async Task<(PosteriorSummary Posterior, long Runs)> CalibrateAsync(string scenarioFile, Model.Scenarios.Scenario scenario, IReadOnlyList<FittedKey> keys, string name, string csv,
        int particles, int generations, int maxRuns, ulong seed, CancellationToken cancellation)
    {
        var folder = Path.Combine(work, name);
        Directory.CreateDirectory(work);
        var observedFile = Path.Combine(work, name + ".csv");
        File.WriteAllText(observedFile, csv);
        var observed = ObservedReader.Read(observedFile, scenario, 0);
        var definition = new CalibrationDefinition(scenarioFile, scenario, observed, keys, CalibrationDefinition.SettingsFor(keys, particles, seed, 0, 0.02, maxRuns, generations));
        using var open = SweepFolder.Open(folder, definition.Fingerprint(), force: true, ResumableFolderKind.Calibration);
        var outcome = await new CalibrationRunner(simulator ?? new ReferenceSimulator(), parallel).RunAsync(definition, open, null, cancellation);
        return (new AbcSmc(definition.Settings).Posterior(outcome.State), outcome.State.RunsUsed);
    }
}
