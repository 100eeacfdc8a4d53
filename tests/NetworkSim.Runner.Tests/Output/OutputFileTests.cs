using System.Text.Json;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Tests.Output;

public class OutputFileTests
{
    [Fact]
    public void Timeseries_has_one_tidy_row_per_replicate_tick_and_practice_with_the_required_columns()
    {
        var lines = TimeseriesCsv.Write(FakeResults.Make(replicates: 2, ticks: 3)).TrimEnd('\n').Split('\n');
        Assert.StartsWith("replicate,tick,practice,adopters,adoption_fraction,", lines[0]);
        foreach (var column in new[] { "schools_institutionalised", "mean_knowledge", "mean_trust", "ties", "engaged_fraction", "adopters_in_network", "adopters_back_home" })
        {
            Assert.Contains(column, lines[0].Split(','));
        }

        Assert.Equal(1 + 2 * 4, lines.Length);
        Assert.Equal("1,2,\"p, with comma\",6,0.6,2,4", string.Join(',', lines[7].Split(',').Take(8)));
    }

    [Fact]
    public void Summary_records_provenance_the_resolved_scenario_and_intervals()
    {
        var results = FakeResults.Make();
        var practices = ResultsSummary.Practices(results);
        var json = JsonDocument.Parse(SummaryJson.Write(results, Provenance.Current("networksim run x"), practices, ["a"], 1 << 20)).RootElement;
        Assert.Equal("networksim", json.GetProperty("provenance").GetProperty("program").GetString());
        Assert.Equal("networksim run x", json.GetProperty("provenance").GetProperty("command").GetString());
        Assert.Equal("fake", json.GetProperty("scenario").GetProperty("name").GetString());
        Assert.Equal(0.15, json.GetProperty("scenario").GetProperty("parameters").GetProperty("exchange").GetProperty("rate").GetDouble());
        var final = json.GetProperty("practices")[0].GetProperty("final_adoption");
        Assert.Equal(0.75, final.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(2, json.GetProperty("replicate_seeds").GetArrayLength());
    }

    [Fact]
    public void Time_to_a_level_is_the_first_tick_reaching_it_over_the_replicates_that_did()
    {
        var practice = Assert.Single(ResultsSummary.Practices(FakeResults.Make(replicates: 2, ticks: 3)));
        var half = practice.TimeTo.Single(t => t.Level == 0.5);
        // Replicate 0 adopts 2 per tick (reaches 5 of 10 at tick 3), replicate 1 adopts 3 per tick (tick 2).
        Assert.Equal(2, half.Reached);
        Assert.Equal(2.5, half.Median);
        var ninety = practice.TimeTo.Single(t => t.Level == 0.9);
        Assert.Equal(1, ninety.Reached);
    }

    [Fact]
    public void A_results_folder_has_data_plots_report_and_summary_once_it_is_complete()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        ResultsWriter.Write(FakeResults.Make(), ResultsFolder.Begin(target, overwrite: false), Provenance.Current("test"));
        foreach (var file in new[] { "timeseries.csv", "summary.json", "report.html", "adoption.png", "network_vs_home.png", "schools.png", "trust_ties.png" })
        {
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }

        var png = File.ReadAllBytes(Path.Combine(target, "adoption.png"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Contains("<img src=\"adoption.png\"", File.ReadAllText(Path.Combine(target, "report.html")));
        Assert.Equal([target], Directory.GetDirectories(temp.Path));
        Assert.Empty(Directory.GetFiles(target, "*.tmp*"));
    }

    [Fact]
    public void An_existing_results_folder_is_not_silently_overwritten()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(target);
        ResultsMarker.Add(target, ["keep.txt"]);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");
        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(target, overwrite: false));
        Assert.Contains("already holds results", error.Message);
        Assert.Contains("--force", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "keep.txt")));
    }

    [Fact]
    public void Forcing_replaces_an_old_folder_only_once_the_new_one_is_complete()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(target);
        ResultsMarker.Add(target, ["old.txt"]);
        File.WriteAllText(Path.Combine(target, "old.txt"), "old");
        var folder = ResultsFolder.Begin(target, overwrite: true);
        Assert.True(File.Exists(Path.Combine(target, "old.txt")), "the old results stay until the new ones are complete");
        folder.WriteText("new.txt", "new");
        folder.Commit();
        Assert.False(File.Exists(Path.Combine(target, "old.txt")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "new.txt")));
    }

    [Fact]
    public void An_abandoned_folder_leaves_nothing_that_looks_complete()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var folder = ResultsFolder.Begin(target, overwrite: false);
        folder.WriteText("timeseries.csv", "half");
        folder.Abandon();
        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
