using System.Diagnostics;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Output;

public class ResultsFolderSafetyTests
{
    [Fact]
    public void Force_never_replaces_a_folder_holding_files_NetworkSim_did_not_write()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "thesis");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "decoy.txt"), "mine");
        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(target, overwrite: true));
        Assert.Equal($"{target} holds files NetworkSim did not write (decoy.txt) and was left as it is. Allowed: a new or empty folder for --out, or this one once they are moved out.", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "decoy.txt")));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Force_replaces_a_folder_NetworkSim_marked_as_its_results()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var first = ResultsFolder.Begin(target, overwrite: false);
        first.WriteText("a.txt", "first");
        first.Commit();
        var second = ResultsFolder.Begin(target, overwrite: true);
        second.WriteText("b.txt", "second");
        second.Commit();
        Assert.Equal([ResultsMarker.FileName, "b.txt"], Directory.GetFiles(target).Select(Path.GetFileName).Order());
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Force_replaces_only_what_NetworkSim_wrote_a_file_and_a_folder_added_to_its_results_stop_it()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var first = ResultsFolder.Begin(target, overwrite: false);
        first.WriteText("timeseries.csv", "first");
        first.Commit();
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(target, "mydata"));
        File.WriteAllText(Path.Combine(target, "mydata", "important.csv"), "mine too");

        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(target, overwrite: true));
        Assert.Equal($"{target} holds files NetworkSim did not write (mydata/, notes.txt) and was left as it is. Allowed: a new or empty folder for --out, or this one once they are moved out.", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(target, "mydata", "important.csv")));
        Assert.Equal("first", File.ReadAllText(Path.Combine(target, "timeseries.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_marker_lists_every_file_the_run_wrote()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var folder = ResultsFolder.Begin(target, overwrite: false);
        folder.WriteText("summary.json", "{}");
        folder.WriteText("timeseries.csv", "t");
        folder.Commit();
        Assert.EndsWith("Files:\nsummary.json\ntimeseries.csv\n", File.ReadAllText(Path.Combine(target, ResultsMarker.FileName)));
        Assert.Empty(ResultsMarker.Foreign(target));
    }

    [Fact]
    public void A_file_added_while_a_run_runs_stops_its_commit_and_is_kept()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var first = ResultsFolder.Begin(target, overwrite: false);
        first.Commit();
        var second = ResultsFolder.Begin(target, overwrite: true);
        second.WriteText("timeseries.csv", "second");
        File.WriteAllText(Path.Combine(target, "notes.txt"), "written meanwhile");

        var error = Assert.Throws<OutputException>(second.Commit);
        Assert.Equal($"{target} holds files NetworkSim did not write (notes.txt) and was left as it is; this run's results were removed. Allowed: a new or empty folder for --out, or this one once they are moved out.", error.Message);
        Assert.Equal("written meanwhile", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_old_marker_without_a_list_lets_force_replace_only_the_names_NetworkSim_used_to_write()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, ResultsMarker.FileName), "Results written by networksim (process 1, run 0) at 2026-01-01 00:00:00 UTC.\n");
        foreach (var name in new[] { "timeseries.csv", "summary.json", "report.html", "adoption.png", "network.r3.graphml", "response_2.png" })
        {
            File.WriteAllText(Path.Combine(target, name), "old");
        }

        Assert.Empty(ResultsMarker.Foreign(target));
        File.WriteAllText(Path.Combine(target, "photo.png"), "mine");
        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(target, overwrite: true));
        Assert.StartsWith($"{target} holds files NetworkSim did not write (photo.png) and was left as it is.", error.Message);
        File.Delete(Path.Combine(target, "photo.png"));
        var folder = ResultsFolder.Begin(target, overwrite: true);
        folder.WriteText("timeseries.csv", "new");
        folder.Commit();
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "timeseries.csv")));
    }

    [Fact]
    public void A_refusal_names_the_first_five_foreign_files_and_how_many_more()
    {
        using var temp = new TempDirectory();
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt" })
        {
            temp.Write(name, "mine");
        }

        var error = Assert.Throws<OutputException>(() => ResultsFolder.CheckTarget(temp.Path, overwrite: true));
        Assert.StartsWith($"{temp.Path} holds files NetworkSim did not write (a.txt, b.txt, c.txt, d.txt, e.txt and 2 more) and was left as it is.", error.Message);
    }

    [Fact]
    public void The_file_system_root_is_refused_without_suggesting_force()
    {
        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin("/", overwrite: true));
        Assert.Equal("/ is the root of the file system; NetworkSim never writes its results there. Allowed: a new or empty folder for --out, e.g. /results.", error.Message);
    }

    [Fact]
    public void The_home_folder_is_refused_even_with_force()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(home, overwrite: true));
        Assert.StartsWith($"{home} is your home folder; NetworkSim never writes its results there.", error.Message);
        Assert.DoesNotContain("--force", error.Message);
    }

    [Theory]
    [InlineData("..", "scenario")]
    [InlineData(".", "scenario")]
    [InlineData("/etc/cron.d", "_etc_cron.d")]
    [InlineData("../../home", "_.._home")]
    [InlineData(".hidden", "hidden")]
    [InlineData("C:\\Users\\x", "C__Users_x")]
    [InlineData("workshop demo", "workshop demo")]
    public void A_scenario_name_becomes_one_safe_folder_name(string name, string folder)
    {
        Assert.Equal(folder, FolderName.From(name));
    }

    [Fact]
    public void A_folder_name_is_at_most_100_characters()
    {
        Assert.Equal(new string('x', 100), FolderName.From(new string('x', 5000)));
    }

    [Fact]
    public void A_scenario_name_with_a_NUL_character_is_refused_by_the_reader()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("nul.yaml", "name: \"a\\0b\"\nnetwork:\n  schools: 2\npractices:\n  - name: p\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file));
        Assert.Equal("nul.yaml:1: name: contains the control character U+0000. Allowed: up to 100 printable characters (the default results folder is named after it).", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_scenario_name_of_5000_characters_is_refused_by_the_reader()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("long.yaml", $"name: {new string('x', 5000)}\nnetwork:\n  schools: 2\npractices:\n  - name: p\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file));
        Assert.Equal("long.yaml:1: name: is 5,000 characters long. Allowed: up to 100 printable characters (the default results folder is named after it).", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_run_whose_target_was_written_by_another_run_meanwhile_loses_and_removes_its_staging()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var folder = ResultsFolder.Begin(target, overwrite: true);
        folder.WriteText("mine.txt", "late");

        // Another run commits first.
        Directory.CreateDirectory(target);
        ResultsMarker.WriteInto(target);
        File.WriteAllText(Path.Combine(target, "theirs.txt"), "first");

        var error = Assert.Throws<OutputException>(folder.Commit);
        Assert.Equal($"{target} was written by another networksim run while this one ran and was left as it is; this run's results were removed. Allowed: another --out folder.", error.Message);
        Assert.Equal("first", File.ReadAllText(Path.Combine(target, "theirs.txt")));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_lock_beside_a_results_folder_is_held_by_one_run_at_a_time()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, ".out.lock");
        using (FolderLock.Acquire(path, TimeSpan.Zero))
        {
            var error = Assert.Throws<OutputException>(() => FolderLock.Acquire(path, TimeSpan.FromMilliseconds(100)));
            Assert.Equal($"{path}: another networksim run holds this lock. Allowed: wait for it to finish (or delete the file if no networksim is running).", error.Message);
        }

        Assert.False(File.Exists(path));
        using (FolderLock.Acquire(path, TimeSpan.Zero))
        {
        }
    }

    [Fact]
    public void A_lock_that_is_a_symbolic_link_is_refused_and_its_target_is_untouched()
    {
        using var temp = new TempDirectory();
        var precious = temp.Write("precious.txt", "keep me");
        var lockPath = Path.Combine(temp.Path, ".out.lock");
        File.CreateSymbolicLink(lockPath, precious);

        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(Path.Combine(temp.Path, "out"), overwrite: false));
        Assert.Equal($"{lockPath} is a symbolic link (to {precious}); NetworkSim never follows a link for the files it keeps beside its results, and left it and its target as they are. " +
            "Allowed: remove the link (networksim never makes one).", error.Message);
        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.Throws<OutputException>(() => FolderLock.Acquire(lockPath, TimeSpan.Zero));
        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.Equal([".out.lock", "precious.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_lock_that_is_a_link_to_a_missing_path_creates_nothing_there()
    {
        using var temp = new TempDirectory();
        var elsewhere = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var missing = Path.Combine(elsewhere, "created-by-networksim");
        var lockPath = Path.Combine(temp.Path, ".out.lock");
        File.CreateSymbolicLink(lockPath, missing);

        Assert.Throws<OutputException>(() => FolderLock.Acquire(lockPath, TimeSpan.Zero));
        Assert.Throws<OutputException>(() => ResultsFolder.Begin(Path.Combine(temp.Path, "out"), overwrite: false));
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
    }

    [Fact]
    public void A_partial_folder_that_is_a_symbolic_link_is_refused_and_its_target_is_untouched()
    {
        using var temp = new TempDirectory();
        var elsewhere = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "data.csv"), "mine");
        var partial = Path.Combine(temp.Path, $".out.partial-{Environment.ProcessId}");
        Directory.CreateSymbolicLink(partial, elsewhere);

        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(Path.Combine(temp.Path, "out"), overwrite: false));
        Assert.StartsWith($"{partial} is a symbolic link (to {elsewhere}); NetworkSim never follows a link", error.Message);
        Assert.Equal(["data.csv"], Directory.GetFileSystemEntries(elsewhere).Select(Path.GetFileName));
        Assert.NotNull(new DirectoryInfo(partial).LinkTarget);
    }

    [Fact]
    public void A_stale_partial_folder_name_that_is_a_link_to_someone_elses_results_is_not_removed()
    {
        using var temp = new TempDirectory();
        var elsewhere = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        ResultsMarker.WriteInto(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "timeseries.csv"), "theirs");
        var link = Path.Combine(temp.Path, $".out.partial-{DeadProcessId()}");
        Directory.CreateSymbolicLink(link, elsewhere);

        Assert.Empty(StaleStaging.Clean(temp.Path));
        Assert.Equal("theirs", File.ReadAllText(Path.Combine(elsewhere, "timeseries.csv")));
    }

    [Fact]
    public void A_dangling_out_link_is_called_a_symbolic_link()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var missing = Path.Combine(temp.Path, "missing");
        File.CreateSymbolicLink(target, missing);

        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(target, overwrite: true));
        Assert.Equal($"{target} is a symbolic link (to {missing}), not a folder; NetworkSim writes no results through a link. Allowed: a folder path for --out that is not a link.", error.Message);
        Assert.False(Path.Exists(missing));
    }

    [Fact]
    public void Stale_partial_folders_of_dead_runs_are_removed_and_those_of_live_runs_or_with_other_files_are_left()
    {
        using var temp = new TempDirectory();
        var dead = DeadProcessId();
        var stale = Path.Combine(temp.Path, $".out.partial-{dead}");
        var staleOld = Path.Combine(temp.Path, $".out.old-{dead}");
        var live = Path.Combine(temp.Path, $".out.partial-{Environment.ProcessId}");
        var foreign = Path.Combine(temp.Path, $".notes.partial-{dead}");
        foreach (var folder in new[] { stale, staleOld, live, foreign })
        {
            Directory.CreateDirectory(folder);
        }

        ResultsMarker.WriteInto(stale);
        File.WriteAllText(Path.Combine(stale, "timeseries.csv"), "half");
        ResultsMarker.WriteInto(live);
        File.WriteAllText(Path.Combine(foreign, "decoy.txt"), "mine");

        var removed = StaleStaging.Clean(temp.Path);

        Assert.Equal([staleOld, stale], removed.Order());
        Assert.True(Directory.Exists(live));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "decoy.txt")));
    }

    [Fact]
    public void A_path_below_a_file_is_refused_before_anything_is_made()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("file.txt", "x");
        var error = Assert.Throws<OutputException>(() => ResultsFolder.Begin(Path.Combine(file, "out"), overwrite: false));
        Assert.Equal($"--out {file}/out: {file} is a file, so no folder can be made below it. Allowed: a folder path for --out.", error.Message);
        Assert.Equal([file], Directory.GetFileSystemEntries(temp.Path));
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
