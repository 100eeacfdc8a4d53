using System.CommandLine;
using System.Globalization;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Comparisons;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim compare A.yaml B.yaml --worlds N</c> (or <c>--worlds-file F</c>): every design in every plausible
/// world, replicate r on the same seed everywhere, streamed to runs.csv as runs finish (a killed comparison keeps
/// them, the same command resumes it), then worlds.csv, robustness.json, the plots and report.html.
/// </summary>
internal static class CompareWorlds
{
    /// <summary>How to run: the options compare shares with sweep.</summary>
    public sealed record Run(string? Out, bool Force, int Workers, bool Quiet, ClusterAddress? Address, int CheckpointEvery, string? Telemetry);

    public static async Task<int> RunAsync(ParseResult result, WorldsOptions options, IReadOnlyList<string> paths, IReadOnlyList<ScenarioOverride> shared,
        IReadOnlyList<ScenarioOverride> user, Run run, string[] args, CancellationToken cancellation)
    {
        var definition = Define(result, options, paths, shared, user);
        var headline = Headline(result.GetValue(options.Outcome), definition);
        var target = Path.GetFullPath(run.Out ?? Path.Combine("results", $"compare-worlds-{definition.Designs[0].Name}-vs-{definition.Designs[1].Name}"));
        foreach (var d in definition.Designs)
        {
            ResourceCheck.Apply(d.Scenario with { Replicates = 1 }, d.File, run.Workers, false);
        }

        var fingerprint = definition.Fingerprint();
        using var folder = SweepFolder.Open(target, fingerprint, run.Force, ResumableFolderKind.Worlds);
        var elapsed = TimeSpan.Zero;
        if (folder.WasComplete)
        {
            Console.Error.WriteLine($"networksim: all {definition.Runs:N0} runs are already done in {target}; writing the analysis again.");
        }
        else
        {
            Console.Error.WriteLine($"networksim: compare {string.Join(" vs ", definition.Designs.Select(d => d.Name))} across {definition.Worlds.Count:N0} worlds ({definition.Source}): " +
                $"{definition.Worlds.Count:N0} worlds x {definition.Designs.Count} designs x {definition.Replicates} replicates = {definition.Runs:N0} runs, seed {definition.Seed}, " +
                $"{run.Workers} at once on {(run.Address is null ? "an embedded silo" : "a client of " + run.Address)}");
            using var exporter = Telemetry.Start(run.Telemetry);
            await using var silo = await GrainHosts.StartAsync(run.Address, cancellation);
            var progress = new SweepProgressBar(Console.Error, !Console.IsErrorRedirected, run.Quiet);
            try
            {
                elapsed = await HostedRuns.RunAsync(silo, run.CheckpointEvery,
                    (grains, recovery, stop) => new SweepRunner(grains, recovery).RunAsync(definition.Plan(), folder, run.Workers, progress, stop),
                    $"the finished runs are kept in {folder.PathOf(RunsCsv.FileName)} (the same command resumes the comparison)", cancellation);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine();
                Console.Error.WriteLine($"cancelled; the finished runs are kept in {folder.PathOf(RunsCsv.FileName)}. Run the same command again to resume.");
                return 130;
            }
        }

        var outcome = WorldsOutputs.Write(definition, headline, folder, Provenance.Current("networksim " + string.Join(' ', Secrets.Redact(args))), elapsed);
        folder.MarkComplete(fingerprint);
        foreach (var line in WorldsText.Lines(definition, outcome))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(folder.WasComplete ? $"Results: {folder.PathOf(WorldsOutputs.ReportName)}" : $"Ran in {elapsed.TotalSeconds:0.0} s. Results: {folder.PathOf(WorldsOutputs.ReportName)}");
        return 0;
    }

    /// <summary>Reads the designs and the worlds; every problem is one line naming its option, file or key (exit 2), before anything runs.</summary>
    private static WorldsDefinition Define(ParseResult result, WorldsOptions options, IReadOnlyList<string> paths, IReadOnlyList<ScenarioOverride> shared, IReadOnlyList<ScenarioOverride> user)
    {
        var count = result.GetValue(options.Worlds);
        var file = result.GetValue(options.WorldsFile);
        var vary = result.GetValue(options.Vary) ?? [];
        var fix = result.GetValue(options.Fix) ?? [];
        if (file is not null && (count is not null || vary.Length > 0))
        {
            throw new ScenarioException(new ScenarioProblem("--worlds-file", null, "", $"given with {(count is not null ? "--worlds" : "--vary")}: the file's rows are the worlds and its columns what varies. Allowed: --worlds-file alone (with --fix), or --worlds N with --vary."));
        }

        if (file is null && count is null)
        {
            throw new ScenarioException(new ScenarioProblem(vary.Length > 0 ? "--vary" : fix.Length > 0 ? "--fix" : "--outcome", null, "", "compares designs across worlds, but no worlds were asked for. Allowed: with --worlds N or --worlds-file F."));
        }

        var worlds = 0;
        if (count is not null && (!int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out worlds) || worlds < 1 || worlds > WorldSpace.MaxWorlds))
        {
            throw new ScenarioException(new ScenarioProblem("--worlds", null, "", $"{count} is out of range. Allowed: a whole number of worlds from 1 to {WorldSpace.MaxWorlds:N0} (every design runs in every world, with every replicate)."));
        }

        var first = CompareCommand.Load(paths[0], [.. shared, .. user]);
        ScenarioOverride[] common =
        [
            new("--seed", $"seed={first.Seed.ToString(CultureInfo.InvariantCulture)}"),
            new("--replicates", $"replicates={first.Replicates.ToString(CultureInfo.InvariantCulture)}"),
        ];
        var designs = paths.Select(p => new WorldDesign(p, CompareCommand.Load(p, [.. common, .. user]), CostReader.Read(p))).ToArray();
        CompareCommand.CheckDistinct(designs.Select(d => (d.File, d.Scenario)).ToArray());
        CompareCommand.CheckCurrencies(designs.Select(d => (d.File, d.Cost)).ToArray());
        DesignDifferences.Check(designs);

        IReadOnlyList<WorldParameter> varied;
        IReadOnlyList<World> drawn;
        IReadOnlyList<KeyValuePair<string, double>> held;
        string source;
        if (file is not null)
        {
            (varied, drawn) = WorldsFile.Read(file);
            (_, held) = WorldSpace.Resolve([], fix);
            if (held.FirstOrDefault(h => varied.Any(v => v.Key == h.Key)) is { Key: not null } both)
            {
                throw new ScenarioException(new ScenarioProblem("--fix", null, both.Key, $"is a column of {Path.GetFileName(file)}. Allowed: --fix only for a key the worlds file does not set."));
            }

            source = $"the {drawn.Count:N0} worlds of {Path.GetFileName(file)}, over {varied.Count} parameter{(varied.Count == 1 ? "" : "s")}";
        }
        else
        {
            (varied, held) = WorldSpace.Resolve(vary, fix);
            drawn = WorldsDefinition.Draw(varied, worlds, first.Seed);
            source = vary.Length == 0
                ? $"a Latin hypercube over the plausible ranges of {varied.Count} behavioural parameters"
                : $"a Latin hypercube over {string.Join(", ", varied.Select(v => $"{v.Key} {WorldSpace.F(v.Low)} to {WorldSpace.F(v.High)}"))}";
        }

        if (held.Count > 0)
        {
            source += $"; held fixed: {string.Join(", ", held.Select(h => $"{h.Key} = {WorldSpace.F(h.Value)}"))}";
        }

        // A --set on a parameter the worlds vary would be overwritten in every world: say so instead.
        var clash = user.Where(o => o.Option == ScenarioOverride.Set).Select(o => o.Assignment.Split('=')[0].Trim())
            .FirstOrDefault(k => k.StartsWith(WorldSpace.Prefix, StringComparison.Ordinal) && varied.Concat(held.Select(h => new WorldParameter(h.Key, 0, 0, false))).Any(v => v.Key == WorldSpace.Normalise(k)));
        if (clash is not null)
        {
            throw new ScenarioException(new ScenarioProblem("--set", null, clash, "is set by every world. Allowed: --fix KEY=VALUE to hold it at one value in every world, or leave it to the worlds."));
        }

        return new WorldsDefinition(designs, varied, drawn, held, first.Seed, first.Replicates, source);
    }

    /// <summary>The headline outcome's column: <c>practice.outcome</c> of the first practice.</summary>
    private static string Headline(string? outcome, WorldsDefinition definition)
    {
        var name = outcome ?? WorldOutcomes.FinalAdoption.Name;
        var known = WorldOutcomes.All.Select(o => o.Name).ToArray();
        if (!known.Contains(name))
        {
            throw new ScenarioException(new ScenarioProblem("--outcome", null, "", $"'{name}' is not an outcome.{Suggestions.DidYouMean(name, known)} Allowed: {string.Join(", ", known)}."));
        }

        if (name == WorldOutcomes.CostPerAdopter.Name && definition.Designs.FirstOrDefault(d => d.Cost is null) is { } unpriced)
        {
            throw new ScenarioException(new ScenarioProblem("--outcome", null, "", $"cost_per_adopter, but {Path.GetFileName(unpriced.File)} has no cost: block. Allowed: cost_per_adopter only when every design has one."));
        }

        return $"{definition.Designs[0].Scenario.Practices[0].Name}.{name}";
    }
}
