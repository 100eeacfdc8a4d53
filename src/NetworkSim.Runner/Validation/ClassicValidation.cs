using System.Globalization;
using NetworkSim.Model.Network;
using NetworkSim.Model.RuleSets.Classic;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Validation;

/// <summary>
/// The validation suite: the engine, set up as the textbook models, against their known results. The same code
/// runs in the tests (quick) and in <c>networksim validate</c> (quick, or full with more replicates).
/// </summary>
public sealed class ClassicValidation(IGrainFactory grains, bool quick, Action<string>? log = null)
{
    public const double BassTolerance = 0.015;
    public const double CascadeTolerance = 0.02;
    public const double MajorOutbreak = 0.05;
    public static readonly double[] CascadeR0 = [1.5, 2, 3];

    public async Task<IReadOnlyList<ValidationResult>> RunAllAsync()
    {
        var results = new List<ValidationResult> { await BassAsync() };
        foreach (var r0 in CascadeR0)
        {
            results.Add(await CascadeAsync(r0));
        }

        results.Add(await SubcriticalCascadeAsync());
        results.AddRange(Generators());
        return results;
    }

    /// <summary>Bass, mean field, N = 10,000, p = 0.03, q = 0.38: the replicate mean within 0.015 of the discrete recursion at every tick.</summary>
    public async Task<ValidationResult> BassAsync()
    {
        const double p = 0.03, q = 0.38;
        const int ticks = 30;
        var replicates = quick ? 20 : 100;
        var results = await RunAsync(ClassicScenarios.Bass(10_000, p, q, replicates, ticks));
        var theory = BassRule.Recursion(p, q, 0, ticks);
        var points = new List<ValidationPoint>();
        var deviation = 0.0;
        for (var t = 0; t <= ticks; t++)
        {
            var mean = results.Replicates.Average(r => r.Ticks[t].AdoptionFraction(0));
            deviation = Math.Max(deviation, Math.Abs(mean - theory[t]));
            points.Add(new ValidationPoint("bass", t, mean, theory[t], theory[t] - BassTolerance, theory[t] + BassTolerance));
            points.Add(new ValidationPoint("bass-closed-form", t, double.NaN, BassRule.ClosedForm(p, q, t), double.NaN, double.NaN));
        }

        return Result("bass", $"Bass p = {p}, q = {q}, N = 10,000, {replicates} replicates: mean adoption within +/- {BassTolerance} of F(t+1) = F(t) + (p + q F(t))(1 - F(t)) at every tick (closed-form peak at t* = {BassRule.PeakTime(p, q):0.00})",
            deviation, BassTolerance, points);
    }

    /// <summary>Independent cascade on Erdős–Rényi (N = 10,000, c = 4): mean size of large cascades within 0.02 of the root of S = 1 - exp(-R0 S).</summary>
    public async Task<ValidationResult> CascadeAsync(double r0)
    {
        var replicates = quick ? (r0 < 2 ? 30 : 16) : 100;
        var results = await RunAsync(ClassicScenarios.Cascade(10_000, 4, r0, replicates));
        var finals = results.Replicates.Select(r => r.Ticks[^1].AdoptionFraction(0)).ToArray();
        var large = finals.Where(f => f > MajorOutbreak).ToArray();
        var theory = CascadeRule.FinalSize(r0);
        var mean = large.Length == 0 ? 0 : large.Average();
        var point = new ValidationPoint("cascade", r0, mean, theory, theory - CascadeTolerance, theory + CascadeTolerance);
        return Result($"cascade-r0-{r0.ToString(CultureInfo.InvariantCulture)}",
            $"Independent cascade, Erdős–Rényi N = 10,000, mean degree 4, R0 = {r0}: mean final size of the {large.Length} of {replicates} runs above {MajorOutbreak:P0} within +/- {CascadeTolerance} of {theory:0.000}",
            large.Length == 0 ? 1 : Math.Abs(mean - theory), CascadeTolerance, [point]);
    }

    /// <summary>Below R0 = 1 (here 0.8) no cascade reaches 5 %.</summary>
    public async Task<ValidationResult> SubcriticalCascadeAsync()
    {
        var replicates = quick ? 20 : 100;
        var results = await RunAsync(ClassicScenarios.Cascade(10_000, 4, 0.8, replicates));
        var largest = results.Replicates.Max(r => r.Ticks[^1].AdoptionFraction(0));
        return Result("cascade-r0-0.8", $"Independent cascade at R0 = 0.8, {replicates} runs: none reaches {MajorOutbreak:P0} (largest {largest:P2})",
            largest, MajorOutbreak, [new ValidationPoint("cascade", 0.8, largest, 0, 0, MajorOutbreak)]);
    }

    /// <summary>The generators against their known properties (no grains needed).</summary>
    public static IReadOnlyList<ValidationResult> Generators()
    {
        var er = Build(new ParticipantGraphSpec { Kind = ParticipantGraphKind.ErdosRenyi, MeanDegree = 10 });
        var erStats = GraphStatistics.Of(er);
        // sd of the realised mean degree of G(n, c/n) is about sqrt(2c/n); allow 5 sd.
        var erTolerance = 5 * Math.Sqrt(2 * 10.0 / 10_000);

        var ws = Build(new ParticipantGraphSpec { Kind = ParticipantGraphKind.WattsStrogatz, Neighbours = 10, Rewiring = 0 });
        var wsTheory = 3.0 * (10 - 2) / (4 * (10 - 1));
        var wsClustering = GraphStatistics.ClusteringOf(ws);

        var ba = Build(new ParticipantGraphSpec { Kind = ParticipantGraphKind.BarabasiAlbert, Attachments = 3 });
        var baStats = GraphStatistics.Of(ba);
        var heavy = baStats.MaxDegree >= 10 * baStats.MeanDegree && baStats.MaxDegree > 4 * erStats.MaxDegree;
        return
        [
            Result("erdos-renyi", $"Erdős–Rényi N = 10,000, mean degree 10: realised mean degree {erStats.MeanDegree:0.000} within +/- {erTolerance:0.000} (5 standard errors)",
                Math.Abs(erStats.MeanDegree - 10), erTolerance, [new ValidationPoint("mean-degree", 10, erStats.MeanDegree, 10, 10 - erTolerance, 10 + erTolerance)]),
            Result("watts-strogatz", $"Watts–Strogatz N = 10,000, k = 10, p = 0: clustering {wsClustering:0.0000} equals 3(k-2)/(4(k-1)) = {wsTheory:0.0000}",
                Math.Abs(wsClustering - wsTheory), 1e-9, [new ValidationPoint("clustering", 0, wsClustering, wsTheory, wsTheory, wsTheory)]),
            Result("barabasi-albert", $"Barabási–Albert N = 10,000, m = 3: mean degree {baStats.MeanDegree:0.000} within 0.01 of 2m = 6, and a heavy tail: largest degree {baStats.MaxDegree} (Erdős–Rényi of mean degree 10: {erStats.MaxDegree})",
                heavy ? Math.Abs(baStats.MeanDegree - 6) : double.PositiveInfinity, 0.01, [new ValidationPoint("mean-degree", 3, baStats.MeanDegree, 6, 5.99, 6.01)]),
        ];
    }

    private static BuiltNetwork Build(ParticipantGraphSpec graph) =>
        NetworkBuilder.Build(ClassicScenarios.Population("generator", 10_000, graph, new RuleSet(), new PracticeSpec { Name = "x" }, 1, 1, 7), 7);

    private static ValidationResult Result(string name, string claim, double deviation, double tolerance, IReadOnlyList<ValidationPoint> points) =>
        new(name, claim, deviation <= tolerance, deviation, tolerance, points);

    private async Task<ScenarioResults> RunAsync(Scenario scenario)
    {
        log?.Invoke($"validate: {scenario.Name}, {scenario.Replicates} replicates");
        return await new ScenarioRunner(grains).RunAsync(scenario, parallel: Environment.ProcessorCount);
    }
}
