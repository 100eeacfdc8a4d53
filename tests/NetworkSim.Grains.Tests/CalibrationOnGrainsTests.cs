using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Grains.Tests;

/// <summary>A calibration run on the grains (what <c>calibrate --cluster</c> does) ends where the in-process reference ends, byte for byte.</summary>
[Collection(ClusterCollection.Name)]
public class CalibrationOnGrainsTests(ClusterFixture clusters)
{
    // The shared small Bass model (tests/Shared/SmallBass.cs) at half its length and schools: three silos calibrate it in seconds.
    private static readonly string Bass = SmallBass.Yaml.Replace("ticks: 16", "ticks: 8", StringComparison.Ordinal).Replace("schools: 4", "schools: 2", StringComparison.Ordinal);

    [Fact]
    public async Task A_calibration_on_three_silos_gives_the_posterior_the_reference_gives()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bass.yaml", Bass);
        var scenario = ScenarioReader.Load(path);
        var observed = ObservedReader.Read(temp.Write("observed.csv", "tick,adoption,n\n2,0.07,40\n4,0.16,\n6,0.3,\n8,0.52,\n"), scenario, 0);
        var keys = FitOptions.Read(["rules.p=0:0.1", "rules.q=0.1:0.8"], [], path);
        var definition = new CalibrationDefinition(path, scenario, observed, keys, CalibrationDefinition.SettingsFor(keys, 20, 5, 0, 0.02, 10_000, 3));

        async Task<string> PosteriorAsync(ICalibrationSimulator simulator, string name)
        {
            var folder = Path.Combine(temp.Path, name);
            using (var open = SweepFolder.Open(folder, definition.Fingerprint(), force: false, ResumableFolderKind.Calibration))
            {
                await new CalibrationRunner(simulator, 4).RunAsync(definition, open, null, CancellationToken.None);
            }

            return File.ReadAllText(Path.Combine(folder, PosteriorCsv.FileName));
        }

        var reference = await PosteriorAsync(new ReferenceSimulator(), "reference");
        Assert.Equal(reference, await PosteriorAsync(new GrainSimulator(clusters.ThreeSilos.Client, "three silos"), "grains"));
        Assert.Equal(3 * 20 + 1, reference.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
