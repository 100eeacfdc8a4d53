using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

/// <summary>A calibration's results folder is a resumable folder like a sweep's, with its own state folder and words.</summary>
public class CalibrationFolderTests
{
    [Fact]
    public void A_calibration_folder_keeps_its_state_apart_and_names_a_calibration_in_its_refusals()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        using (var folder = SweepFolder.Open(target, "abc", force: false, ResumableFolderKind.Calibration))
        {
            Assert.Equal(Path.Combine(target, ".calibration", "abc.json"), folder.StatePath("abc.json"));
            Assert.Equal($"{target} is being written by another networksim calibration. Allowed: wait for it to finish, or another --out folder.",
                Assert.Throws<OutputException>(() => SweepFolder.Open(target, "abc", force: true, ResumableFolderKind.Calibration)).Message);
            folder.MarkComplete("abc");
        }

        Assert.False(Directory.Exists(Path.Combine(target, ".sweep")));
        Assert.Equal($"{target} holds a calibration made from a different scenario, observed data or settings, and was left as it is. " +
            "Allowed: the same command (to resume it), another --out folder, or --force to start it again.",
            Assert.Throws<OutputException>(() => SweepFolder.Open(target, "xyz", force: false, ResumableFolderKind.Calibration)).Message);
    }
}
