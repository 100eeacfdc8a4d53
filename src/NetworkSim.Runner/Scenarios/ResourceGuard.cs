using System.Globalization;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Holds a resolved scenario against the memory it may use and the time a user would wait, before anything is
/// built: refuses a run that cannot fit, warns about one that would take more than a day (refuses it when strict).
/// The limits are arguments, so the arithmetic is tested on known counts rather than on the machine's memory.
/// </summary>
public static class ResourceGuard
{
    /// <summary>Run time beyond which a run is warned about (or refused with --strict).</summary>
    public static readonly TimeSpan LongRun = TimeSpan.FromDays(1);

    /// <summary>Share of the available memory a run may plan to use; the rest is the system's and the garbage collector's.</summary>
    public const double UsableShare = 0.8;

    /// <param name="file">The scenario file's name, for messages.</param>
    /// <param name="concurrent">Replicates run at once (--parallel).</param>
    /// <param name="availableBytes">Memory this process may use (the CLI passes the GC's figure).</param>
    /// <param name="strict">Refuse, rather than warn about, a run longer than <see cref="LongRun"/>.</param>
    /// <returns>Warnings to print before running.</returns>
    /// <exception cref="ScenarioException">The run cannot fit, or (strict) would take too long.</exception>
    public static IReadOnlyList<string> Check(Scenario scenario, string file, int concurrent, long availableBytes, bool strict)
    {
        var estimate = ResourceEstimate.For(scenario);
        var problems = new List<ScenarioProblem>();
        var warnings = new List<string>();
        var peak = estimate.PeakBytes(concurrent);
        var usable = (long)(availableBytes * UsableShare);
        var running = Math.Max(1, Math.Min(concurrent, scenario.Replicates));
        var needs = $"this run needs about {MiB(peak)} MiB at its peak ({estimate.Participants:N0} participants, {estimate.TieEnds / 2:N0} ties, {running} replicate(s) at once)";
        var imported = scenario.Network.ParticipantGraph.Imported;
        if (peak > usable)
        {
            var alone = running > 1 && estimate.PeakBytes(1) <= usable ? ", or --parallel 1 (one replicate at a time)" : "";
            problems.Add(new ScenarioProblem(file, null, "network",
                $"{needs}, more than the {MiB(usable)} MiB it may use ({UsableShare:P0} of the {MiB(availableBytes)} MiB available). Allowed: {(imported is not null ? $"a smaller network than {imported.File}" : "fewer schools, staff or ties")}{alone}."));
        }
        else if (peak > availableBytes / 2)
        {
            // It fits, but the machine is left with less than half its memory for everything else: say so before it starts.
            var alone = running > 1 ? " or --parallel 1 (one replicate at a time)" : "";
            warnings.Add($"{file}: {needs}, more than half of the {MiB(availableBytes)} MiB available; other programs on this machine will be short of memory while it runs. " +
                $"{(imported is not null ? $"A smaller network than {imported.File}" : "Fewer schools, staff or ties")}{alone} need{(imported is not null && alone.Length == 0 ? "s" : "")} less.");
        }

        var seconds = estimate.Seconds;
        if (seconds > LongRun.TotalSeconds)
        {
            var text = $"this run would take about {Duration(seconds)} ({scenario.Replicates:N0} replicates x {scenario.Ticks:N0} ticks x {estimate.Participants:N0} participants " +
                $"at about {ResourceEstimate.SecondsPerParticipantTick * 1e6:0} µs a participant-tick on 2 cores)";
            if (strict)
            {
                problems.Add(new ScenarioProblem(file, null, "", $"{text}. Allowed with --strict: at most {Duration(LongRun.TotalSeconds)}; use fewer replicates, ticks or participants."));
            }
            else
            {
                warnings.Add($"{file}: {text}. Fewer replicates, ticks or participants shorten it; --strict refuses such runs.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return warnings;
    }

    private static string MiB(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A run time in the unit a person would use.</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 120 => $"{seconds:0} s",
        < 7200 => $"{seconds / 60:0} minutes",
        < 172_800 => $"{seconds / 3600:0.#} hours",
        _ => $"{seconds / 86400:N0} days",
    };
}
