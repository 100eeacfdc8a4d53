using NetworkSim.Model.Scenarios;
using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>
/// What a school's support rule reads of its staff at a tick (<see cref="SchoolStep.NextSupport(RunModel, int, double, StaffSummary, bool)"/>):
/// a school whose staff did not change keeps it instead of reading every participant again.
/// </summary>
/// <param name="EngagedLeader">A leader is an active network member.</param>
/// <param name="EngagedMembers">Active network members.</param>
/// <param name="Leaders">Leaders.</param>
/// <param name="LeaderPractices">Practices practised, summed over leaders.</param>
/// <param name="Staff">Participants.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.StaffSummary")]
public readonly record struct StaffSummary(bool EngagedLeader, int EngagedMembers, int Leaders, int LeaderPractices, int Staff)
{
    /// <summary>Reads <paramref name="count"/> public states, in order.</summary>
    public static StaffSummary Of(RunModel run, int count, Func<int, PeerState> peer)
    {
        var engagedLeader = false;
        int engagedMembers = 0, leaders = 0, leaderPractices = 0;
        for (var k = 0; k < count; k++)
        {
            var p = peer(k);
            var leader = run.Network.Role[p.Index] == Role.Leader;
            engagedLeader |= leader && p.Active;
            engagedMembers += p.Active ? 1 : 0;
            if (leader)
            {
                leaders++;
                leaderPractices += System.Numerics.BitOperations.PopCount(p.Practising);
            }
        }

        return new StaffSummary(engagedLeader, engagedMembers, leaders, leaderPractices, count);
    }
}
