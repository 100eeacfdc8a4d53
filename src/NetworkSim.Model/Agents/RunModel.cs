using NetworkSim.Model.Network;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Agents;

/// <summary>
/// Everything static about one replicate: the resolved scenario, its seed and the network built from them.
/// Immutable and shared by every grain of the run on a silo.
/// </summary>
public sealed class RunModel
{
    /// <param name="scenario">The resolved scenario.</param>
    /// <param name="seed">The replicate's seed.</param>
    /// <param name="contactsPerSchool">
    /// Hold the contact graph per school, each school's built when first read (a silo's copy: it holds the schools it
    /// hosts), rather than whole (the sequential reference, exports and statistics). See <see cref="NetworkBuilder.Build"/>.
    /// </param>
    public RunModel(Scenario scenario, ulong seed, bool contactsPerSchool = false)
    {
        if (scenario.Practices.Count > 64)
        {
            throw new ArgumentException("At most 64 practices are supported.", nameof(scenario));
        }

        Scenario = scenario;
        Seed = seed;
        ParticipantRules = RuleSets.ParticipantRules.For(scenario.Rules.Kind);
        Network = NetworkBuilder.Build(scenario, seed, contactsPerSchool);
        InitialAdopters = scenario.Practices.Select((practice, k) => InitialAdoption.Choose(this, practice, k)).ToArray();
        // Choosing the best-connected or a neighbourhood may have read schools this silo does not host.
        Network.Slices?.Forget();
    }

    private PeerState?[]? _initialPeers;

    /// <summary>
    /// A participant's public state at tick 0, made once per run model and shared (a pure function of the run, so
    /// every school reads its remote contacts' from here instead of being sent them).
    /// </summary>
    public PeerState InitialPeer(int index)
    {
        var peers = _initialPeers ?? Interlocked.CompareExchange(ref _initialPeers, new PeerState?[Network.ParticipantCount], null) ?? _initialPeers!;
        return peers[index] ??= InitialState.Peer(this, index, Network.InNetwork[index]);
    }

    /// <summary>Who practises each practice at tick 0.</summary>
    public IReadOnlyList<HashSet<int>> InitialAdopters { get; }

    public RuleSet Rules => Scenario.Rules;

    /// <summary>How participants move under the scenario's rule set.</summary>
    public IParticipantRules ParticipantRules { get; }

    public Scenario Scenario { get; }

    public ulong Seed { get; }

    public BuiltNetwork Network { get; }

    public ModelParameters Parameters => Scenario.Parameters;

    public int PracticeCount => Scenario.Practices.Count;

    /// <summary>
    /// The process facilitation a school gets at a tick: its facilitator's process strength times the school's share of
    /// that facilitator's time; 0 without one or once funding has ended.
    /// </summary>
    public double ProcessLevel(int school, int tick) =>
        Scenario.Facilitators.FundedAt(tick) ? Scenario.Facilitators.Process * Network.FacilitationShare[school] : 0;

    /// <summary>The content facilitation (expert input) a school gets at a tick, shared and ended as <see cref="ProcessLevel"/>.</summary>
    public double ContentLevel(int school, int tick) =>
        Scenario.Facilitators.FundedAt(tick) ? Scenario.Facilitators.Content * Network.FacilitationShare[school] : 0;
}
