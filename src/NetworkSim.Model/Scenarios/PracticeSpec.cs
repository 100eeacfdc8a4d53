namespace NetworkSim.Model.Scenarios;

/// <summary>An improvement to spread, and where it starts.</summary>
public sealed record PracticeSpec
{
    public required string Name { get; init; }

    /// <summary>Knowledge (0–1) a participant needs before it can adopt.</summary>
    public double Complexity { get; init; } = 0.4;

    /// <summary>
    /// Share form of social proof (the default, <see cref="SocialProofForm.Share"/>): the mean threshold, the trust-weighted
    /// share of a participant's contacts who must practise it (0 = simple contagion); each participant's own threshold is
    /// drawn within <c>adoption.threshold_spread</c> of it.
    /// </summary>
    public double Threshold { get; init; } = 0.1;

    /// <summary>Count form of social proof (<see cref="SocialProofForm.Count"/>): trusted practitioners a participant must see among its contacts (0 = simple contagion).</summary>
    public double SocialProof { get; init; } = 1.0;

    /// <summary>How visible the benefit is (early wins), 0–1.</summary>
    public double Visibility { get; init; } = 0.3;

    /// <summary>Mean starting knowledge of everyone who does not already practise it.</summary>
    public double InitialKnowledge { get; init; } = 0.1;

    /// <summary>Schools where it starts (test-bed schools), by name.</summary>
    public IReadOnlyList<string> StartSchools { get; init; } = [];

    /// <summary>In the start schools, who practises at tick 0.</summary>
    public StartGroup StartWho { get; init; } = StartGroup.Team;

    /// <summary>Share of all participants, drawn at random, who practise at tick 0 (in addition to start schools).</summary>
    public double StartFraction { get; init; }

    /// <summary>Number of participants, drawn at random, who practise at tick 0.</summary>
    public int StartCount { get; init; }

    /// <summary>Participants (by index) who practise at tick 0.</summary>
    public IReadOnlyList<int> StartIds { get; init; } = [];

    /// <summary>When true, one random participant and all its contacts practise at tick 0.</summary>
    public bool StartNeighbourhood { get; init; }

    /// <summary>The participants with most ties, this many, practise at tick 0 (ties broken by index).</summary>
    public int StartHighestDegree { get; init; }
}
