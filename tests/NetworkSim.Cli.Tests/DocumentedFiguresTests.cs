using NetworkSim.Cli.Figures;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// No figure in the docs that a command did not print: every figures region of README.md, docs/*.md and the sweep
/// files' opening comments holds exactly what its command prints now (computed here on the in-process reference, which
/// gives the grains' results byte for byte). When the model changes, 'networksim figures' regenerates them.
/// </summary>
public class DocumentedFiguresTests
{
    public static TheoryData<string, int> Regions()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in FigureDocument.Files(Cli.RepositoryRoot))
        {
            foreach (var region in FigureDocument.Read(file).Regions.Where(ReferencePrint.InProcess))
            {
                data.Add(Path.GetRelativePath(Cli.RepositoryRoot, file), region.Line);
            }
        }

        return data;
    }

    [Fact]
    public void The_readme_the_sweep_files_and_the_docs_hold_figures_regions()
    {
        var files = Regions().Select(row => (string)row[0]).Distinct().ToArray();
        Assert.Contains("README.md", files);
        Assert.Equal(4, files.Count(f => f.StartsWith(Path.Combine("scenarios", "sweeps"), StringComparison.Ordinal)));
    }

    [Fact]
    public void A_region_the_suite_does_not_recompute_is_a_comparison_across_worlds_or_a_calibration_that_networksim_figures_reruns()
    {
        var others = FigureDocument.Files(Cli.RepositoryRoot).SelectMany(f => FigureDocument.Read(f).Regions).Where(r => !ReferencePrint.InProcess(r)).ToArray();

        Assert.All(others, r => Assert.True(ReferencePrint.Long(r), $"{r.File}:{r.Line}: '{r.Command}' is neither recomputed by the suite nor a long command that 'networksim figures' reruns."));
        Assert.False(ReferencePrint.InProcess(new FigureRegion("x.md", 1, "networksim compare a.yaml b.yaml --worlds 200", [], false)));
        Assert.True(ReferencePrint.Long(new FigureRegion("x.md", 1, "networksim calibrate a.yaml --observed o.csv", [], false)));
        Assert.False(ReferencePrint.Long(new FigureRegion("x.md", 1, "networksim run a.yaml", [], false)));
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void A_shipped_examples_stated_figures_are_what_its_command_prints(string file, int line)
    {
        var region = FigureDocument.Read(Path.Combine(Cli.RepositoryRoot, file)).Regions.Single(r => r.Line == line);

        var printed = ReferencePrint.Of(region, Cli.RepositoryRoot);

        Assert.True(printed.SequenceEqual(region.Lines),
            $"{file}:{line}: the figures of '{region.Command}' are not what it prints now. Run 'networksim figures' in the repository to regenerate them " +
            $"(and reread the prose around them).\nstated:\n{string.Join('\n', region.Lines)}\nprinted:\n{string.Join('\n', printed)}");
    }

    [Fact]
    public void A_region_is_replaced_with_everything_around_it_kept_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var markdown = temp.Write("doc.md", "before\n<!-- figures: networksim sweep a.yaml -->\n```text\nold\n```\n<!-- /figures -->\nafter\n");
        var yaml = temp.Write("s.yaml", "# What it shows:\n# figures: networksim sweep s.yaml\n#   old one\n#   old two\n# /figures\nname: s\n");

        var md = FigureDocument.Read(markdown);
        var ya = FigureDocument.Read(yaml);

        Assert.Equal(["old"], Assert.Single(md.Regions).Lines);
        Assert.Equal(["old one", "old two"], Assert.Single(ya.Regions).Lines);
        Assert.Equal("sweep a.yaml", string.Join(' ', md.Regions[0].Arguments));
        Assert.Equal("before\n<!-- figures: networksim sweep a.yaml -->\n```text\nnew 1\nnew 2\n```\n<!-- /figures -->\nafter\n", md.With([["new 1", "new 2"]]));
        Assert.Equal("# What it shows:\n# figures: networksim sweep s.yaml\n#   new\n# /figures\nname: s\n", ya.With([["new"]]));
        Assert.Equal(["point 0: x"], FigureRegion.Kept("point 0: x\nRan in 1.2 s. Results: /tmp/x/report.html\nResults: /tmp/y\nReport: /tmp/z/report.html\n"));
    }
}
