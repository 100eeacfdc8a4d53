using NetworkSim.Model.Agents;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Validation;

namespace NetworkSim.Grains.Tests;

/// <summary>Scenarios for grain tests: small, but with every mechanism switched on.</summary>
public static class GrainScenarios
{
    /// <summary>Ten schools on a small world, two facilitators brokering, site visits, expert input and drop-outs.</summary>
    public static Scenario EveryMechanism(ulong seed = 5, int replicates = 2) => new()
    {
        Name = "every-mechanism",
        Seed = seed,
        Replicates = replicates,
        Ticks = 24,
        Network = new NetworkDesign
        {
            Schools = Enumerable.Range(1, 10).Select(i => $"S{i}").ToArray(),
            Staff = new RoleCounts(1, 1, 5, 1),
            Team = new RoleCounts(1, 1, 1, 0),
            Structure = TieStructure.SmallWorld,
            Neighbours = 2,
            Rewiring = 0.2,
        },
        Practices =
        [
            new PracticeSpec { Name = "inquiry", StartSchools = ["S1", "S6"], SocialProof = 0.8, Visibility = 0.5 },
            new PracticeSpec { Name = "coaching", StartFraction = 0.05, SocialProof = 1.5, Complexity = 0.5 },
        ],
        Facilitators = new FacilitationSpec { Count = 2, Process = 0.8, Content = 0.6 },
        Schedule = new ScheduleSpec { ConveningEvery = 3, SiteVisits = [5], ExpertInput = [2, 12] },
        Parameters = new ModelParameters { Engagement = new EngagementParameters { Staleness = 0.15 } },
    };

    /// <summary>
    /// A tick of <see cref="EveryMechanism"/>'s two practices announced with nothing happening: no convening, expert
    /// input or site visit, no new tie, nobody practising. For tests that call a school or participant grain directly.
    /// </summary>
    public static NetworkTick QuietTick(int tick) => new(tick, false, false, false, [0.0, 0.0], 0, [], [0.0, 0.0]);

    /// <summary>
    /// A batch that runs in lanes: four threshold replicates of 1,000 participants, which a runner with two lanes runs
    /// two in each. Named <paramref name="name"/>, so that its grains can be found among the silo's activations.
    /// </summary>
    public static Scenario LaneBatch(string name) => ClassicScenarios.Threshold(1000, 6, 0.18, replicates: 4) with { Name = name };
}
