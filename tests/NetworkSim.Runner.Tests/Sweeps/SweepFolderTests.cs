using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

public class SweepFolderTests
{
    [Fact]
    public void A_folder_another_sweep_is_writing_is_refused_even_with_force()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        using var first = SweepFolder.Open(target, "abc", force: false);
        var error = Assert.Throws<OutputException>(() => SweepFolder.Open(target, "abc", force: true));
        Assert.Equal($"{target} is being written by another networksim sweep or comparison across worlds. Allowed: wait for it to finish, or another --out folder.", error.Message);
        Assert.True(Directory.Exists(target));
    }

    [Fact]
    public void A_finished_sweep_reopens_as_complete_and_a_different_one_is_refused()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        using (var folder = SweepFolder.Open(target, "abc", force: false))
        {
            folder.MarkComplete("abc");
        }

        using (var again = SweepFolder.Open(target, "abc", force: false))
        {
            Assert.True(again.WasComplete);
        }

        Assert.Throws<OutputException>(() => SweepFolder.Open(target, "xyz", force: false));
    }

    [Fact]
    public void A_sweep_lock_that_is_a_symbolic_link_is_refused_and_its_target_is_untouched()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var precious = temp.Write("precious.txt", "keep me");
        using (var folder = SweepFolder.Open(target, "abc", force: false))
        {
        }

        var lockPath = Path.Combine(target, ".sweep", "lock");
        File.Delete(lockPath);
        File.CreateSymbolicLink(lockPath, precious);
        var error = Assert.Throws<OutputException>(() => SweepFolder.Open(target, "abc", force: false));
        Assert.StartsWith($"{lockPath} is a symbolic link (to {precious}); NetworkSim never follows a link", error.Message);
        Assert.Equal("keep me", File.ReadAllText(precious));
    }
}
