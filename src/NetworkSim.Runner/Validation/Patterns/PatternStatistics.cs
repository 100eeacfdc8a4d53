using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>What the patterns read of one replicate (first practice; the shipped scenarios have one).</summary>
internal static class PatternStatistics
{
    /// <summary>Share of network members practising at a tick.</summary>
    public static double InNetwork(TickMetrics tick) => tick.Value("in_network_fraction");

    /// <summary>Share of staff back home (not network members) practising at a tick.</summary>
    public static double BackHome(TickMetrics tick) => tick.Value("back_home_fraction");

    /// <summary>Mean share of members practising over the run: the area under the curve, higher when adoption comes earlier.</summary>
    public static double InNetworkOverTheRun(IReadOnlyList<TickMetrics> run) => run.Average(InNetwork);

    /// <summary>Share of members who have left the network by the end.</summary>
    public static double DroppedOut(IReadOnlyList<TickMetrics> run) => 1 - run[^1].Value("engaged_fraction");

    /// <summary>The largest share of members who left within any <paramref name="weeks"/> ticks.</summary>
    public static double MostLeavingWithin(IReadOnlyList<TickMetrics> run, int weeks)
    {
        var most = 0.0;
        for (var t = 0; t + weeks < run.Count; t++)
        {
            most = Math.Max(most, run[t].Value("engaged_fraction") - run[t + weeks].Value("engaged_fraction"));
        }

        return most;
    }

    /// <summary>The first tick at which a series has made a tenth of its rise from tick 0 to its highest value (the last tick + 1 if it never rises).</summary>
    public static double Onset(IReadOnlyList<TickMetrics> run, Func<TickMetrics, double> series) => ShareOfRise(run, series, 0.1);

    private static double ShareOfRise(IReadOnlyList<TickMetrics> run, Func<TickMetrics, double> series, double share)
    {
        var start = series(run[0]);
        var top = run.Max(series);
        if (top <= start)
        {
            return run.Count;
        }

        for (var t = 0; t < run.Count; t++)
        {
            if (series(run[t]) - start >= share * (top - start))
            {
                return t;
            }
        }

        return run.Count;
    }

    /// <summary>The first tick at which half the network members practise (the last tick + 1 if never).</summary>
    public static double TicksToHalfInNetwork(IReadOnlyList<TickMetrics> run)
    {
        for (var t = 0; t < run.Count; t++)
        {
            if (InNetwork(run[t]) >= 0.5)
            {
                return t;
            }
        }

        return run.Count;
    }
}
