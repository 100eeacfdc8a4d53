using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>An improvement to spread, and where it starts.</summary>
[Parameter("node ids of the network file", "Participants who practise at tick 0, by the node ids of a measured network (`participant_graph.kind: file` only).", "design", Key = "start.nodes", ReadBySection = true)]
public sealed record PracticeSpec
{
    [Parameter("a text, each practice its own", "The practice's name, which its output columns carry.", "design", DefaultNote = "practice-1, practice-2, ... by position")]
    public required string Name { get; init; }

    /// <summary>Knowledge (0–1) a participant needs before it can adopt.</summary>
    [Parameter(0, 1, "knowledge", "Knowledge a participant needs before it can adopt the practice.", "the model brief, mechanism 5")]
    public double Complexity { get; init; } = 0.4;

    /// <summary>
    /// Share form of social proof (the default, <see cref="SocialProofForm.Share"/>): the mean threshold, the trust-weighted
    /// share of a participant's contacts who must practise it (0 = simple contagion); each participant's own threshold is
    /// drawn within <c>adoption.threshold_spread</c> of it.
    /// </summary>
    [Parameter(0, 1, "share of contacts", "Share form of social proof (`rules.social_proof: share`): the mean threshold, the trust-weighted share of one's contacts who must practise it (0 = simple contagion).", "Granovetter (1978); default: assumption A17")]
    public double Threshold { get; init; } = 0.1;

    /// <summary>Count form of social proof (<see cref="SocialProofForm.Count"/>): trusted practitioners a participant must see among its contacts (0 = simple contagion).</summary>
    [Parameter(0, 1000, "trusted practitioners", "Count form of social proof (`rules.social_proof: count`): trusted practitioners one must see among one's contacts (0 = simple contagion).", "Centola and Macy (2007)")]
    public double SocialProof { get; init; } = 1.0;

    /// <summary>How visible the benefit is (early wins), 0–1.</summary>
    [Parameter(0, 1, "visibility", "How visible the practice's benefit is (early wins); it amplifies social proof by adoption.visibility_boost.", "000:L42")]
    public double Visibility { get; init; } = 0.3;

    /// <summary>Mean starting knowledge of everyone who does not already practise it.</summary>
    [Parameter(0, 1, "knowledge", "Mean starting knowledge of everyone who does not practise it at tick 0.", "design")]
    public double InitialKnowledge { get; init; } = 0.1;

    /// <summary>Schools where it starts (test-bed schools), by name.</summary>
    [Parameter("a list of school names of the network", "Test-bed schools where the practice starts.", "003:L176-178", Key = "start.schools", ReadBySection = true)]
    public IReadOnlyList<string> StartSchools { get; init; } = [];

    /// <summary>In the start schools, who practises at tick 0.</summary>
    [Parameter("choice", "Who practises at tick 0 in the start schools.", "design", Key = "start.who")]
    public StartGroup StartWho { get; init; } = StartGroup.Team;

    /// <summary>Share of all participants, drawn at random, who practise at tick 0 (in addition to start schools).</summary>
    [Parameter(0, 1, "share of participants", "Share of all participants, drawn at random, who practise at tick 0 (besides the start schools').", "design", Key = "start.fraction")]
    public double StartFraction { get; init; }

    /// <summary>Number of participants, drawn at random, who practise at tick 0.</summary>
    [Parameter(0, int.MaxValue, "participants", "Participants, drawn at random, who practise at tick 0 (at most all of them).", "design", Key = "start.count")]
    public int StartCount { get; init; }

    /// <summary>Participants (by index) who practise at tick 0.</summary>
    [Parameter("a list of participant indices, 0 to participants - 1", "Participants, by index, who practise at tick 0.", "design", Key = "start.ids", ReadBySection = true)]
    public IReadOnlyList<int> StartIds { get; init; } = [];

    /// <summary>When true, one random participant and all its contacts practise at tick 0.</summary>
    [Parameter("switch", "One random participant and all its contacts practise at tick 0.", "design", Key = "start.random_neighbourhood")]
    public bool StartNeighbourhood { get; init; }

    /// <summary>The participants with most ties, this many, practise at tick 0 (ties broken by index).</summary>
    [Parameter(0, int.MaxValue, "participants", "The participants with most ties, this many, practise at tick 0 (ties broken by index).", "design", Key = "start.highest_degree")]
    public int StartHighestDegree { get; init; }
}
