using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// What a scenario will cost before it is built: participant ties (tie ends, each counted from both sides), peak
/// memory on one silo and run time. The coefficients are fitted to the peak working set and tick times that
/// <c>networksim bench</c> measured on the 2-core reference machine (docs/performance.md); <c>bench</c> prints
/// the estimate beside every measurement so that a drift shows.
/// </summary>
public sealed record ResourceEstimate(long Participants, long TieEnds, int Replicates, int Ticks)
{
    /// <summary>
    /// The process with its embedded silo (110–120 MiB idle) and the garbage collector's headroom over a run's live
    /// data (the largest measured excess: bounded confidence's 300 ticks of dense school-to-school batches).
    /// </summary>
    public const long BaseBytes = 145L << 20;

    /// <summary>A participant's grain activation, its state and its share of messages (12–13 KB measured, every rule set).</summary>
    public const long BytesPerParticipant = 12_800;

    /// <summary>One end of a tie: the contact's index, its trust, its cached state and the generator's transient lists.</summary>
    public const long BytesPerTieEnd = 64;

    /// <summary>Hosting and rules per participant per tick (12–31 µs measured; the upper end, so the time is not understated).</summary>
    public const double SecondsPerParticipantTick = 30e-6;

    /// <summary>The barrier and the announcement of every tick, whatever its size.</summary>
    public const double SecondsPerTick = 1e-3;

    /// <summary>Building the network and activating a participant (about 48 µs measured at 160,000 participants).</summary>
    public const double SecondsPerParticipantSetup = 50e-6;

    public static ResourceEstimate For(Scenario scenario) =>
        new(scenario.Network.Participants, TieEndsOf(scenario.Network), scenario.Replicates, scenario.Ticks);

    /// <summary>Memory of one replicate on its own, without the process's base.</summary>
    public long BytesPerReplicate => Participants * BytesPerParticipant + TieEnds * BytesPerTieEnd;

    /// <summary>Peak memory of the process with <paramref name="concurrent"/> replicates running at once.</summary>
    public long PeakBytes(int concurrent) => BaseBytes + Math.Max(1, Math.Min(concurrent, Replicates)) * BytesPerReplicate;

    /// <summary>Run time, counting replicates one after another (on two cores a replicate already keeps both busy).</summary>
    public double Seconds => Replicates * (Participants * SecondsPerParticipantSetup + (Ticks + 1) * (SecondsPerTick + Participants * SecondsPerParticipantTick));

    /// <summary>Expected tie ends (twice the ties) of the participant graph the design builds.</summary>
    public static long TieEndsOf(NetworkDesign network)
    {
        var n = network.Participants;
        var graph = network.ParticipantGraph;
        return graph.Kind switch
        {
            ParticipantGraphKind.None => 0,
            ParticipantGraphKind.Complete => n * (n - 1),
            ParticipantGraphKind.ErdosRenyi => (long)Math.Ceiling(n * Math.Min(graph.MeanDegree, Math.Max(0, n - 1))),
            ParticipantGraphKind.WattsStrogatz => n * 2 * Math.Min(graph.Neighbours / 2, (n - 1) / 2),
            ParticipantGraphKind.BarabasiAlbert => 2 * (long)graph.Attachments * Math.Max(0, n - graph.Attachments),
            ParticipantGraphKind.StochasticBlock => StochasticBlockEnds(network, graph),
            ParticipantGraphKind.File => 2L * (graph.Imported?.TieCount ?? 0),
            _ => SchoolTieEnds(network),
        };
    }

    private static long StochasticBlockEnds(NetworkDesign network, ParticipantGraphSpec graph)
    {
        var n = network.Participants;
        long size = network.Staff.Total;
        var withinPairs = network.SchoolCount * size * (size - 1);
        var betweenPairs = n * (n - 1) - withinPairs;
        return (long)Math.Ceiling(withinPairs * graph.Within + betweenPairs * graph.Between);
    }

    /// <summary>Colleagues within a school, and every pair of network members of two tied schools.</summary>
    private static long SchoolTieEnds(NetworkDesign network)
    {
        long schools = network.SchoolCount;
        long staff = network.Staff.Total;
        long team = network.Team.Total;
        var colleagues = network.Colleagues <= 0 || network.Colleagues >= staff - 1 ? staff - 1 : Math.Min(staff - 1, 2 * ((network.Colleagues + 1) / 2));
        var meanSchoolDegree = Math.Min(Math.Max(0, schools - 1), network.Structure switch
        {
            TieStructure.Complete => schools - 1,
            TieStructure.Random => network.MeanDegree,
            TieStructure.SmallWorld => 2 * (network.Neighbours / 2),
            TieStructure.Clustered => (double)schools / Math.Max(1, network.Clusters) + network.Bridging * schools,
            TieStructure.EdgeList => 2.0 * (network.Edges?.Count ?? 0) / Math.Max(1, schools),
            _ => 2.0, // hub and spoke: 2 (n - 1) ends over n schools
        });
        return schools * staff * colleagues + (long)Math.Ceiling(schools * meanSchoolDegree * team * team);
    }
}
