using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>
/// The sensitivity table of docs/model.md: for each lever and scenario, replicates run at the lever's low and high
/// values with the same seeds (so differences are paired) on the in-process reference <see cref="Simulation"/>, which
/// the grains match byte for byte. Deterministic: the same inputs always give the same table.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>The shipped scenarios a designer compares (the 1,000-school network is left out: it is a scale test).</summary>
    public static readonly string[] Scenarios =
    [
        "scenarios/workshop-demo.yaml",
        "scenarios/chile-improvement-network.yaml",
        "scenarios/district-community-of-practice.yaml",
        "scenarios/designs/twelve-diverse-one-facilitator.yaml",
        "scenarios/designs/twenty-four-similar-two-facilitators.yaml",
    ];

    /// <summary>
    /// Design levers first (what a funder or organiser chooses), then every behavioural parameter of the catalogue from
    /// the low to the high end of its plausible range (<see cref="ParameterAttribute.PlausibleLow"/>), in catalogue order.
    /// </summary>
    public static readonly Lever[] Levers =
    [
        new("facilitators.count", "1", "3", true),
        new("facilitators.capacity", "2", "8", true, "2 → 8 schools"),
        new("facilitators.process", "0.2", "1", true),
        new("facilitators.content", "0.1", "1", true),
        // Funding that ends after one term, and after half a year: on the one-year design scenarios members' adoption
        // has levelled off by week 26, so only the earlier end can show what funding still buys there.
        new("facilitators.until", "13", "0", true, "ends at tick 13 → never"),
        new("facilitators.until", "26", "0", true, "ends at tick 26 → never"),
        new("parameters.facilitation.brokering", "0", "2", true),
        new("parameters.facilitation.broker_candidates", "2", "16", true),
        new("network.diversity", "0.1", "0.9", true),
        new("network.commonality", "0.3", "1", true),
        new("network.team.teacher", "0", "2", true, "0 → 2 teachers with the team"),
        new("schedule.site_visits", "[]", "[6]", true, "none → one at tick 6"),
        new("schedule.convening_every", "8", "2", true, "every 8 → every 2 ticks"),
        .. ParameterCatalog.All.Where(p => !p.Declaration.Design && p.Declaration.HasPlausibleRange).Select(p =>
            new Lever($"parameters.{p.Key}", Value(p.Declaration.PlausibleLow), Value(p.Declaration.PlausibleHigh), false)),
    ];

    private static string Value(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs every lever on every scenario; <paramref name="progress"/> hears of each row as it is done.</summary>
    public static IReadOnlyList<SensitivityRow> Run(IReadOnlyList<string> scenarios, IReadOnlyList<Lever> levers, int replicates, int parallelism, Action<SensitivityRow>? progress = null)
    {
        var rows = new List<SensitivityRow>();
        foreach (var lever in levers)
        {
            foreach (var path in scenarios)
            {
                var row = One(path, lever, replicates, parallelism);
                progress?.Invoke(row);
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>One lever on one scenario, or a row that says why it cannot act there (the reader's warning or refusal).</summary>
    public static SensitivityRow One(string path, Lever lever, int replicates, int parallelism)
    {
        var warnings = new List<ScenarioProblem>();
        Scenario low, high;
        try
        {
            low = ScenarioReader.Load(path, [$"{lever.Key}={lever.Low}"], warnings);
            high = ScenarioReader.Load(path, [$"{lever.Key}={lever.High}"], warnings);
        }
        catch (ScenarioException e)
        {
            return new SensitivityRow(lever, Path.GetFileNameWithoutExtension(path), Effect.None, Effect.None, Effect.None, e.Problems[0].Message);
        }

        var dead = warnings.FirstOrDefault(w => w.Message.StartsWith("has no effect", StringComparison.Ordinal));
        if (dead is not null)
        {
            return new SensitivityRow(lever, low.Name, Effect.None, Effect.None, Effect.None, dead.Message);
        }

        var lows = Outcomes(low, replicates, parallelism);
        var highs = Outcomes(high, replicates, parallelism);
        return new SensitivityRow(lever, low.Name,
            Paired(lows, highs, o => o.Network), Paired(lows, highs, o => o.BackHome), Paired(lows, highs, o => o.Half));
    }

    /// <summary>Final adoption in the network and back home (mean over practices) and ticks until half the network members practise, per replicate.</summary>
    public static Outcome[] Outcomes(Scenario scenario, int replicates, int parallelism)
    {
        var results = new Outcome[replicates];
        Parallel.For(0, replicates, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, r =>
        {
            var ticks = Simulation.Run(scenario, CounterRandom.ReplicateSeed(scenario.Seed, r));
            results[r] = Outcome.Of(ticks);
        });
        return results;
    }

    private static Effect Paired(Outcome[] lows, Outcome[] highs, Func<Outcome, double> value)
    {
        var differences = lows.Zip(highs, (l, h) => value(h) - value(l)).ToArray();
        var (lo, hi) = Statistics.BootstrapMeanInterval(differences);
        return new Effect(Statistics.Mean(differences), lo, hi);
    }
}
