using System.CommandLine;
using NetworkSim.Cli.Bench;
using NetworkSim.Cli.Figures;
using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim figures [files] [--check]</c>: runs again the command of every figures region (<see cref="FigureRegion"/>)
/// in README.md, docs/*.md and scenarios/sweeps/*.yaml of the checkout it is run in, and puts what each printed in
/// its region; with <c>--check</c> it changes nothing and exits 1 naming each region whose text differs.
/// </summary>
internal static class FiguresCommand
{
    private static readonly HashSet<string> WritesResults = ["run", "sweep", "compare", "calibrate"];

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Documents to update (default: README.md, docs/*.md, scenarios/sweeps/*.yaml here).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if a region's text is not what its command prints now." };
        var command = new Command("figures", "Regenerate the figures in the docs from the commands that print them (run it in the repository; --check only compares).") { files, check };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var paths = result.GetValue(files) is { Length: > 0 } given ? given : Documents();
            var checking = result.GetValue(check);
            var scratch = Directory.CreateTempSubdirectory("networksim-figures-");
            var stale = 0;
            var count = 0;
            try
            {
                foreach (var path in paths)
                {
                    var document = FigureDocument.Read(path);
                    var printed = new List<IReadOnlyList<string>>();
                    foreach (var region in document.Regions)
                    {
                        count++;
                        var lines = await PrintedAsync(region, Path.Combine(scratch.FullName, count.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellation);
                        printed.Add(lines);
                        if (!lines.SequenceEqual(region.Lines))
                        {
                            stale++;
                            var at = Enumerable.Range(0, Math.Max(lines.Count, region.Lines.Count)).First(i => i >= lines.Count || i >= region.Lines.Count || lines[i] != region.Lines[i]);
                            Console.WriteLine($"{region.File}:{region.Line}: {(checking ? "differs from" : "updated to")} what '{region.Command}' prints now" +
                                $" (line {at + 1}: was \"{(at < region.Lines.Count ? region.Lines[at] : "")}\", prints \"{(at < lines.Count ? lines[at] : "")}\")");
                        }
                    }

                    if (!checking && stale > 0)
                    {
                        Runner.Sweeps.SweepFolder.WriteAtomically(path, document.With(printed));
                    }
                }
            }
            finally
            {
                scratch.Delete(recursive: true);
            }

            Console.WriteLine(checking
                ? $"{count - stale} of {count} figures regions match what their commands print."
                : $"{stale} of {count} figures regions updated.");
            return checking && stale > 0 ? 1 : 0;
        }));
        return command;
    }

    /// <summary>README.md, docs/*.md and scenarios/sweeps/*.yaml of the checkout in the current folder.</summary>
    private static string[] Documents()
    {
        if (!File.Exists("README.md") || !Directory.Exists("docs") || !Directory.Exists(Path.Combine("scenarios", "sweeps")))
        {
            throw new OutputException("figures: run it in a NetworkSim checkout (README.md, docs/ and scenarios/sweeps/ here), or name the documents.");
        }

        return [.. FigureDocument.Files(".").Select(f => Path.GetRelativePath(".", f))];
    }

    /// <summary>The lines the region's command prints now, run as a separate process with a results folder of its own.</summary>
    private static async Task<IReadOnlyList<string>> PrintedAsync(FigureRegion region, string folder, CancellationToken cancellation)
    {
        var args = region.Arguments.ToList();
        if (args.Count > 0 && WritesResults.Contains(args[0]))
        {
            args.AddRange(["--out", folder, "--quiet"]);
        }
        else if (args.Count > 0 && args[0] == "validate")
        {
            // Its report goes to a folder of its own too (validate has no progress bar to quiet).
            args.AddRange(["--out", folder]);
        }

        var run = await ChildRun.RunAsync(ChildRun.Self(args), cancellation);
        // A validation whose check fails exits 1 having printed its result: that result is the figure, FAIL and all.
        if (run.ExitCode != 0 && !(args[0] == "validate" && run.ExitCode == 1 && run.Output.Contains("Report: ", StringComparison.Ordinal)))
        {
            throw new OutputException($"{region.File}:{region.Line}: '{region.Command}' exited with {run.ExitCode}: {run.Error.Split('\n').FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal)) ?? run.Error.Trim()}");
        }

        return FigureRegion.Kept(run.Output);
    }
}
