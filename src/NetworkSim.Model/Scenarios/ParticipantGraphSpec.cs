using System.Text.Json.Serialization;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>The participant-level graph; every participant is a node, and schools group them (they are the blocks of an SBM).</summary>
[Parameter("a file path, relative to the scenario", "File: the measured network, a CSV edge list (source,target[,weight]) or a GraphML file (README, \"Your own network\").", "design", Key = "path", ReadBySection = true, OnlyWith = "kind: file")]
[Parameter("a file path, relative to the scenario", "File: the CSV node table of a CSV edge list (id, school, role, in_network); GraphML carries these as node attributes.", "design", Key = "nodes", ReadBySection = true, OnlyWith = "kind: file")]
[Parameter("a column or attribute name", "File: the node attribute that names each participant's school.", "design", Key = "school_attribute", DefaultNote = "school", ReadBySection = true, OnlyWith = "kind: file")]
[Parameter("a school name", "File: the school of a node the file gives none (without it, each connected group of such nodes is a school of its own).", "design", Key = "default_school", ReadBySection = true, OnlyWith = "kind: file")]
[Parameter("refuse or symmetrise", "File: what to do with a directed GraphML graph: refuse it, or read each arc as a tie.", "design", Key = "directed", DefaultNote = "refuse", ReadBySection = true, OnlyWith = "kind: file")]
public sealed record ParticipantGraphSpec
{
    [Parameter("choice", "The participant-level graph: ties from schools (colleagues, and the teams of tied schools), a textbook graph, or a measured network read from a file.", "design")]
    public ParticipantGraphKind Kind { get; init; } = ParticipantGraphKind.SchoolTies;

    /// <summary>Erdős–Rényi mean degree.</summary>
    [Parameter(0, 1_000_000, "ties", "Erdős–Rényi: mean ties per participant (at most the other participants).", "Erdős and Rényi (1959)", OnlyWith = "kind: erdos-renyi")]
    public double MeanDegree { get; init; } = 10;

    /// <summary>Watts–Strogatz neighbours k (even).</summary>
    [Parameter(2, 1_000_000, "ties (even)", "Watts–Strogatz: ties to the nearest participants on the ring, half on each side.", "Watts and Strogatz (1998)", OnlyWith = "kind: watts-strogatz")]
    public int Neighbours { get; init; } = 4;

    /// <summary>Watts–Strogatz rewiring probability p.</summary>
    [Parameter(0, 1, "probability", "Watts–Strogatz: chance that a ring tie is rewired to a random participant.", "Watts and Strogatz (1998)", OnlyWith = "kind: watts-strogatz")]
    public double Rewiring { get; init; }

    /// <summary>Barabási–Albert ties per new node m.</summary>
    [Parameter(1, 1_000_000, "ties", "Barabási–Albert: ties each new participant makes, by preferential attachment.", "Barabási and Albert (1999)", OnlyWith = "kind: barabasi-albert")]
    public int Attachments { get; init; } = 3;

    /// <summary>Stochastic block: tie probability within a school.</summary>
    [Parameter(0, 1, "probability", "Stochastic block: chance of a tie between two participants of one school.", "Holland, Laskey and Leinhardt (1983)", OnlyWith = "kind: stochastic-block")]
    public double Within { get; init; } = 0.1;

    /// <summary>Stochastic block: tie probability between schools.</summary>
    [Parameter(0, 1, "probability", "Stochastic block: chance of a tie between two participants of different schools.", "Holland, Laskey and Leinhardt (1983)", OnlyWith = "kind: stochastic-block")]
    public double Between { get; init; } = 0.001;

    /// <summary>File: the network read from <c>path</c> (and <c>nodes</c>), filled in by the scenario reader.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] // absent from the JSON of generated graphs, as before
    public ImportedNetwork? Imported { get; init; }
}
