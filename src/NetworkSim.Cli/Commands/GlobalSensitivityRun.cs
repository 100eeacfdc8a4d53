using System.Diagnostics;
using System.Globalization;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sensitivity;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim sensitivity --method morris|sobol</c>: every behavioural parameter over its plausible range (or the
/// <c>--vary</c> ranges) at once on one scenario, on the in-process reference engine, several runs at once; writes
/// the indices with their intervals, a table and a bar plot per outcome into a results folder.
/// </summary>
internal static class GlobalSensitivityRun
{
    /// <summary>The largest Sobol' base sample and Morris trajectory count accepted.</summary>
    private const int MaxSamples = 4096;

    public static Task<int> RunAsync(GlobalMethod method, string path, string? seed, int? samples, int replicates, string[] vary, string[] fix,
        string target, bool force, int workers, bool quiet, string[] args, CancellationToken cancellation)
    {
        var warnings = new List<ScenarioProblem>();
        var scenario = ScenarioReader.Load(path, seed is null ? [] : [new ScenarioOverride("--seed", $"seed={seed}")], warnings);
        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        var (varied, held) = WorldSpace.Resolve(vary, fix);
        var n = samples ?? (method == GlobalMethod.Morris ? 20 : 64);
        if (method == GlobalMethod.Sobol && (n < 2 || n > MaxSamples || (n & (n - 1)) != 0))
        {
            throw new ScenarioException(new ScenarioProblem("--samples", null, "", $"{n} is not a power of two from 2 to {MaxSamples}. Allowed: 2, 4, 8, ..., {MaxSamples} (Sobol' runs N(k + 2) points, k the parameters varied)."));
        }

        if (method == GlobalMethod.Morris && (n < 2 || n > MaxSamples))
        {
            throw new ScenarioException(new ScenarioProblem("--samples", null, "", $"{n} is out of range. Allowed: 2 to {MaxSamples} trajectories (each k + 1 points, k the parameters varied)."));
        }

        if (replicates is < 1 or > 1000)
        {
            throw new ScenarioException(new ScenarioProblem("--replicates", null, "", $"{replicates} is out of range. Allowed: 1 to 1000 per point."));
        }

        ResultsFolder.CheckTarget(target, force);
        var design = GlobalSensitivity.Design(method, varied, n, scenario.Seed);
        var runs = (long)design.Points * replicates;
        Console.Error.WriteLine($"networksim: sensitivity {(method == GlobalMethod.Morris ? $"morris ({n} trajectories)" : $"sobol (N = {n})")} on {scenario.Name}: {varied.Count} parameters, " +
            $"{design.Points:N0} points x {replicates} replicate{(replicates == 1 ? "" : "s")} = {runs:N0} runs on the in-process reference engine, seed {scenario.Seed}, {workers} at once");
        var clock = Stopwatch.StartNew();
        var outputs = design.Run(scenario, held, replicates, workers, new SweepProgressBar(Console.Error, !Console.IsErrorRedirected, quiet), cancellation);
        var results = design.Analyse(outputs, scenario.Seed);
        var folder = ResultsFolder.Begin(target, force);
        try
        {
            GlobalOutputs.Write(design, scenario, path, held, replicates, outputs, results, folder, Provenance.Current("networksim " + string.Join(' ', Secrets.Redact(args))), clock.Elapsed);
            folder.Commit();
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        foreach (var line in Lines(results))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Ran in {clock.Elapsed.TotalSeconds:0.0} s. Results: {Path.Combine(folder.Target, ReportHtml.FileName)}");
        return Task.FromResult(0);
    }

    /// <summary>Per outcome, the five parameters that matter most, with their intervals.</summary>
    private static IEnumerable<string> Lines(IReadOnlyList<GlobalIndices> results)
    {
        foreach (var r in results)
        {
            var scale = r.Outcome.StartsWith("final_", StringComparison.Ordinal) ? 100 : 1;
            yield return r.Morris is { } morris
                ? $"{r.Outcome}: mu* ({(scale == 100 ? "points" : "weeks")} over the range) " + string.Join("; ", morris.OrderByDescending(m => m.MuStar).Take(5)
                    .Select(m => $"{m.Name} {F(m.MuStar * scale, "0.0")} [{F(m.MuStarInterval.Low * scale, "0.0")}, {F(m.MuStarInterval.High * scale, "0.0")}], sigma {F(m.Sigma * scale, "0.0")}"))
                : $"{r.Outcome}: sum of S1 {F(r.Sobol!.Sum(s => s.First), "0.00")}; " + string.Join("; ", r.Sobol!.OrderByDescending(s => s.Total).Take(5)
                    .Select(s => $"{s.Name} S1 {F(s.First, "0.00")} [{F(s.FirstInterval.Low, "0.00")}, {F(s.FirstInterval.High, "0.00")}], ST {F(s.Total, "0.00")} [{F(s.TotalInterval.Low, "0.00")}, {F(s.TotalInterval.High, "0.00")}]"));
        }
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
