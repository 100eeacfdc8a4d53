using System.Text.Json.Serialization;

namespace NetworkSim.Model.Scenarios;

/// <summary>The participant-level graph; every participant is a node, and schools group them (they are the blocks of an SBM).</summary>
public sealed record ParticipantGraphSpec
{
    public ParticipantGraphKind Kind { get; init; } = ParticipantGraphKind.SchoolTies;

    /// <summary>Erdős–Rényi mean degree.</summary>
    public double MeanDegree { get; init; } = 10;

    /// <summary>Watts–Strogatz neighbours k (even).</summary>
    public int Neighbours { get; init; } = 4;

    /// <summary>Watts–Strogatz rewiring probability p.</summary>
    public double Rewiring { get; init; }

    /// <summary>Barabási–Albert ties per new node m.</summary>
    public int Attachments { get; init; } = 3;

    /// <summary>Stochastic block: tie probability within a school.</summary>
    public double Within { get; init; } = 0.1;

    /// <summary>Stochastic block: tie probability between schools.</summary>
    public double Between { get; init; } = 0.001;

    /// <summary>File: the network read from <c>path</c> (and <c>nodes</c>), filled in by the scenario reader.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] // absent from the JSON of generated graphs, as before
    public ImportedNetwork? Imported { get; init; }
}
