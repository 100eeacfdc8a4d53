using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Bench;

/// <summary>
/// Runs NDlib (the Python peer) on a threshold workload's own graph and initial adopters, through the
/// <c>ndlib_threshold.py</c> shipped beside the program, and checks that its adopters match the reference engine's
/// tick for tick: the same graph and rule must give the same cascade, so the speed ratio compares like with like.
/// </summary>
internal static class NdlibPeer
{
    /// <summary>The Python used when none is given: Debian's, where <c>apt-get install python3-networkx</c> puts networkx.</summary>
    public static string DefaultPython => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    /// <summary>Whether NDlib's ThresholdModel has the scenario's rule: one fractional threshold, no spread, no noise.</summary>
    public static bool Supports(Scenario scenario) =>
        scenario.Rules is { Kind: RuleKind.Threshold, ThresholdCount: 0, ThresholdSpread: 0, Noise: 0 } && scenario.Practices.Count == 1;

    public static async Task<NdlibMeasurement> MeasureAsync(Scenario scenario, int ticks, string python, CancellationToken cancellation)
    {
        if (!Supports(scenario))
        {
            throw new OutputException($"--compare-ndlib: workload '{scenario.Name}' has no NDlib counterpart. Allowed: the threshold workloads (one fractional threshold, no spread, no noise).");
        }

        var run = new RunModel(scenario, CounterRandom.ReplicateSeed(scenario.Seed, 0));
        var ours = Adopters(run, ticks);
        var file = Path.Combine(Path.GetTempPath(), $"networksim-ndlib-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        try
        {
            await File.WriteAllTextAsync(file, GraphText(run, ticks), cancellation);
            var output = await RunAsync(python, file, cancellation);
            var result = JsonSerializer.Deserialize<ScriptOutput>(output)
                ?? throw new OutputException("--compare-ndlib: ndlib_threshold.py printed nothing.");
            var steady = result.UpdateCpuSeconds.Skip(1).ToArray();
            var first = Enumerable.Range(0, Math.Min(ours.Length, result.Adopters.Length)).FirstOrDefault(t => ours[t] != result.Adopters[t], -1);
            if (first < 0 && ours.Length != result.Adopters.Length)
            {
                first = Math.Min(ours.Length, result.Adopters.Length);
            }

            return new NdlibMeasurement(steady.Length > 0 ? steady.Average() : double.NaN, result.SetupCpuSeconds, result.PeakBytes, result.UpdateCpuSeconds.Length, first < 0, first);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Adopters at ticks 0..ticks through the sequential reference (the grains equal it, see ReferenceTests).</summary>
    private static int[] Adopters(RunModel run, int ticks)
    {
        var simulation = new Simulation(run);
        var adopters = new List<int> { (int)simulation.State.Last.Value("adopters", 0) };
        for (var t = 0; t < ticks; t++)
        {
            adopters.Add((int)simulation.Step().Value("adopters", 0));
        }

        return [.. adopters];
    }

    /// <summary>The file <c>ndlib_threshold.py</c> reads: size, threshold and updates; the initial adopters; one tie per line.</summary>
    private static string GraphText(RunModel run, int ticks)
    {
        var network = run.Network;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{network.ParticipantCount} {run.Rules.Threshold:R} {ticks}\n");
        text.AppendJoin(' ', run.InitialAdopters[0].Order()).Append('\n');
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            foreach (var j in network.ContactsOf(i))
            {
                if (i < j)
                {
                    text.Append(i).Append(' ').Append(j).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static async Task<string> RunAsync(string python, string file, CancellationToken cancellation)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Bench", "ndlib_threshold.py");
        var start = new ProcessStartInfo(python);
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(file);
        ChildRun child;
        try
        {
            child = await ChildRun.RunAsync(start, cancellation);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new OutputException($"--python: cannot start '{python}' ({e.Message}). Allowed: a Python 3 with networkx and NDlib importable.");
        }

        if (child.ExitCode != 0)
        {
            var last = child.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? $"exit code {child.ExitCode}";
            throw new OutputException(last.Contains("ModuleNotFoundError", StringComparison.Ordinal)
                ? $"--compare-ndlib: {python} cannot import NDlib ({last.Trim()}). Put the sources of ndlib, netdispatch and dynetx on PYTHONPATH (docs/performance.md says how)."
                : $"--compare-ndlib: ndlib_threshold.py failed: {last.Trim()}");
        }

        return child.Output.Trim();
    }

    /// <summary>The script's JSON line (its field names).</summary>
    private sealed record ScriptOutput(
        [property: JsonPropertyName("setup_cpu_s")] double SetupCpuSeconds,
        [property: JsonPropertyName("adopters")] int[] Adopters,
        [property: JsonPropertyName("update_cpu_s")] double[] UpdateCpuSeconds,
        [property: JsonPropertyName("peak_bytes")] long PeakBytes);
}
