using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>One school's counts at one tick, as its grain reports them. Sums, so that a run adds them up in school order.</summary>
public sealed record SchoolTally
{
    public required int School { get; init; }

    public required int Tick { get; init; }

    public required int Staff { get; init; }

    public required int Members { get; init; }

    public required int ActiveMembers { get; init; }

    public required double Support { get; init; }

    /// <summary>Practitioners per practice.</summary>
    public required int[] Adopters { get; init; }

    /// <summary>Practitioners per practice among network members.</summary>
    public required int[] MemberAdopters { get; init; }

    /// <summary>Practitioners per practice and role: index <c>practice * 4 + role</c>.</summary>
    public required int[] RoleAdopters { get; init; }

    public required double[] KnowledgeSum { get; init; }

    /// <summary>Participants recovered from each practice (SIR).</summary>
    public required int[] Recovered { get; init; }

    public required double OpinionSum { get; init; }

    /// <summary>Opinions counted in <see cref="SchoolStep.OpinionBins"/> equal bins over [0, 1].</summary>
    public required int[] OpinionHistogram { get; init; }

    /// <summary>Knowledge summed over active network members, per practice (for the facilitator's synthesis).</summary>
    public required double[] ActiveMemberKnowledgeSum { get; init; }

    public required ulong Institutionalised { get; init; }

    public required double MemberEngagementSum { get; init; }

    public required double CrossTrust { get; init; }

    public required int CrossTieEnds { get; init; }

    public required double ColleagueTrust { get; init; }

    public required int ColleagueTieEnds { get; init; }

    public required AdoptionEvent[] Events { get; init; }

    /// <summary>Non-practitioners at the tick before, by practice and practising contacts (<see cref="ExposureCounter"/>).</summary>
    public int[] ExposureAtRisk { get; init; } = [];

    /// <summary>Of those, how many adopted.</summary>
    public int[] ExposureAdopted { get; init; } = [];

    public required int[] DroppedOut { get; init; }
}
