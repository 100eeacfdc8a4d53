using System.CommandLine;
using System.Globalization;
using NetworkSim.Cli.Hosting;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Comparisons;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim compare</c>: runs two or more designs on the same replicate seeds on one embedded silo (or a
/// cluster: <c>--cluster</c>) and writes
/// each outcome's means, paired differences and intervals, costs, plots and a report for a funding meeting; with
/// <c>--worlds N</c> or <c>--worlds-file F</c>, across plausible worlds instead (<see cref="CompareWorlds"/>).
/// </summary>
internal static class CompareCommand
{
    public static Command Create(string[] args)
    {
        var files = new Argument<string[]>("designs") { Description = "Two or more scenario files (see scenarios/designs/).", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<string?>("--seed") { Description = "Seed shared by every design (default: the first design's)." };
        var replicates = new Option<string?>("--replicates") { Description = "Replicates of every design (default: the first design's)." };
        var ticks = new Option<string?>("--ticks") { Description = "Ticks (weeks) for every design." };
        var set = new Option<string[]>("--set") { Description = "Override a value in every design: --set key.path=value (repeatable)." };
        var output = new Option<string?>("--out") { Description = "Results folder (default results/compare-<first>-vs-<second>/)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing results folder." };
        var parallel = ParallelOption.Create("Runs");
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var explain = new Option<bool>("--explain") { Description = "Also change the second design towards the first one factor at a time, to show which differences carry the effect." };
        var worlds = new WorldsOptions();
        var cluster = new ClusterOptions();
        var telemetry = Telemetry.CreateOption();
        var command = new Command("compare", "Compare designs on the same replicate seeds: means, paired differences, chance each is ahead, cost; plots and a report.")
        {
            files, seed, replicates, ticks, set, output, force, parallel, quiet, explain, telemetry,
        };
        worlds.AddTo(command);
        cluster.AddWithCheckpointsTo(command);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var (address, checkpointEvery) = cluster.ReadWithCheckpoints(result);
            var workers = ParallelOption.Read(result, parallel);

            var paths = result.GetValue(files)!;
            if (paths.Length < 2)
            {
                throw new OutputException($"compare needs at least two designs, got {paths.Length}. Allowed: networksim compare a.yaml b.yaml [more.yaml ...].");
            }

            var user = new List<ScenarioOverride>();
            foreach (var (option, key) in new[] { (ticks, "ticks") })
            {
                if (result.GetValue(option) is { } value)
                {
                    user.Add(new ScenarioOverride(option.Name, $"{key}={value}"));
                }
            }

            user.AddRange((result.GetValue(set) ?? []).Select(ScenarioOverride.FromSet));
            if (worlds.Given(result))
            {
                if (result.GetValue(explain))
                {
                    throw new OutputException("--explain changes one design towards another in one world; with --worlds or --worlds-file the designs are compared across worlds. Allowed: one or the other.");
                }

                return await CompareWorlds.RunAsync(result, worlds, paths, [.. Shared(result, seed, replicates)], user,
                    new CompareWorlds.Run(result.GetValue(output), result.GetValue(force), workers, result.GetValue(quiet), address, checkpointEvery, result.GetValue(telemetry)), args, cancellation);
            }

            var first = Load(paths[0], [.. Shared(result, seed, replicates), .. user]);
            ScenarioOverride[] common =
            [
                new(seed.Name, $"seed={first.Seed.ToString(CultureInfo.InvariantCulture)}"),
                new(replicates.Name, $"replicates={first.Replicates.ToString(CultureInfo.InvariantCulture)}"),
            ];
            var designs = paths.Select(p => (File: p, Scenario: Load(p, [.. common, .. user]), Cost: CostReader.Read(p))).ToArray();
            CheckDistinct(designs.Select(d => (d.File, d.Scenario)).ToArray());
            CheckCurrencies(designs.Select(d => (d.File, d.Cost)).ToArray());
            var target = Path.GetFullPath(result.GetValue(output) ?? Path.Combine("results", $"compare-{designs[0].Scenario.Name}-vs-{designs[1].Scenario.Name}"));
            var replace = result.GetValue(force);
            ResultsFolder.CheckTarget(target, replace);
            foreach (var d in designs)
            {
                ResourceCheck.Apply(d.Scenario with { Replicates = 1 }, d.File, workers, false);
            }

            Console.Error.WriteLine($"networksim: compare {string.Join(" vs ", designs.Select(d => d.Scenario.Name))}: {first.Replicates} paired replicates each, seed {first.Seed}, {workers} runs at once on {(address is null ? "an embedded silo" : "a client of " + address)}");
            using var exporter = Telemetry.Start(result.GetValue(telemetry));
            await using var silo = await GrainHosts.StartAsync(address, cancellation);
            var progress = new SweepProgressBar(Console.Error, !Console.IsErrorRedirected, result.GetValue(quiet));
            var factors = result.GetValue(explain) ? ExplainPath.Scenarios(designs[1].File, designs[0].File, [.. common, .. user]) : [];
            var runnable = factors.Where(f => f.Scenario is not null).ToArray();
            var all = await HostedRuns.RunAsync(silo, checkpointEvery,
                (grains, recovery, stop) => new ComparisonRunner(grains, recovery).RunAsync([.. designs, .. runnable.Select(f => (designs[1].File, f.Scenario!, (CostSpec?)null))], workers, progress, stop),
                "no results were written", cancellation);
            var runs = all.Take(designs.Length).ToArray();
            var steps = result.GetValue(explain)
                ? ExplainSteps.Of(runs, factors.Select(f => (f.Factor, f.Scenario is null ? null : all[designs.Length + Array.IndexOf(runnable, f)])).ToArray())
                : null;
            var folder = ResultsFolder.Begin(target, replace);
            try
            {
                ComparisonOutputs.Write(runs, folder, Provenance.Current("networksim " + string.Join(' ', Secrets.Redact(args))), steps);
                folder.Commit();
            }
            catch
            {
                folder.Abandon();
                throw;
            }

            foreach (var line in ComparisonText.Lines(runs, steps))
            {
                Console.WriteLine(line);
            }

            Console.WriteLine($"Results: {Path.Combine(target, ReportHtml.FileName)}");
            return 0;
        }));
        return command;
    }

    private static IEnumerable<ScenarioOverride> Shared(ParseResult result, Option<string?> seed, Option<string?> replicates)
    {
        if (result.GetValue(seed) is { } s)
        {
            yield return new ScenarioOverride(seed.Name, $"seed={s}");
        }

        if (result.GetValue(replicates) is { } r)
        {
            yield return new ScenarioOverride(replicates.Name, $"replicates={r}");
        }
    }

    internal static Scenario Load(string path, IEnumerable<ScenarioOverride> overrides)
    {
        var warnings = new List<ScenarioProblem>();
        try
        {
            return ScenarioReader.Load(path, overrides, warnings);
        }
        finally
        {
            foreach (var warning in warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }
        }
    }

    /// <summary>Each design is labelled by its name in every table, plot and file: two with one name (or one file twice) cannot be told apart.</summary>
    internal static void CheckDistinct(IReadOnlyList<(string File, Scenario Scenario)> designs)
    {
        var problems = new List<ScenarioProblem>();
        for (var i = 1; i < designs.Count; i++)
        {
            var earlier = designs.Take(i).FirstOrDefault(d => d.Scenario.Name == designs[i].Scenario.Name);
            if (earlier.File is not null)
            {
                problems.Add(new ScenarioProblem(Path.GetFileName(designs[i].File), null, "name",
                    $"'{designs[i].Scenario.Name}' is also the name of {Path.GetFileName(earlier.File)}: both would write results/{designs[i].Scenario.Name}/ and share one label here. Allowed: a name of its own for each design."));
            }

            if (designs[i].Scenario.Practices.Count != designs[0].Scenario.Practices.Count)
            {
                problems.Add(new ScenarioProblem(Path.GetFileName(designs[i].File), null, "practices",
                    $"{designs[i].Scenario.Practices.Count} practice(s), {Path.GetFileName(designs[0].File)} has {designs[0].Scenario.Practices.Count}. Allowed: the same practices in every design, compared in order."));
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }
    }

    /// <summary>Costs are compared as they stand: two designs priced in different currencies cannot be.</summary>
    internal static void CheckCurrencies(IReadOnlyList<(string File, CostSpec? Cost)> designs)
    {
        var priced = designs.Where(d => d.Cost is not null).ToArray();
        var other = priced.FirstOrDefault(d => d.Cost!.Currency != priced[0].Cost!.Currency);
        if (other.Cost is not null)
        {
            throw new ScenarioException(new ScenarioProblem(Path.GetFileName(other.File), null, "cost.currency",
                $"{other.Cost.Currency}, while {Path.GetFileName(priced[0].File)} is priced in {priced[0].Cost!.Currency}. Allowed: one currency for every design compared."));
        }
    }
}
