using System.Text.Json.Serialization;

namespace NetworkSim.Model.Scenarios;

/// <summary>
/// A participant graph read from a file (<c>participant_graph.kind: file</c>), already mapped onto participants:
/// participants are numbered school by school (schools in the order their first node appears, nodes in file order
/// within a school), so that schools stay consecutive ranges; <see cref="Ids"/> keeps each participant's original node id.
/// Plain arrays, so that the scenario's JSON carries it to every silo.
/// </summary>
public sealed record ImportedNetwork
{
    /// <summary>The file the ties were read from (its name), for messages and <c>check</c>.</summary>
    public required string File { get; init; }

    /// <summary>The original node id of each participant, by participant index.</summary>
    public required string[] Ids { get; init; }

    /// <summary>School names, in school order (the order their first node appears in the file).</summary>
    public required string[] SchoolNames { get; init; }

    /// <summary>Participants per school, in school order (schools of different sizes).</summary>
    public required int[] SchoolSizes { get; init; }

    public required Role[] Roles { get; init; }

    public required bool[] InNetwork { get; init; }

    /// <summary>Lower participant index of each tie (each undirected tie once).</summary>
    public required int[] TieA { get; init; }

    /// <summary>Higher participant index of each tie.</summary>
    public required int[] TieB { get; init; }

    /// <summary>Initial trust of each tie from its weight (weight over the largest weight), or null when the file has no weights.</summary>
    public double[]? TieTrust { get; init; }

    /// <summary>How participants were given schools, in words, for <c>check</c>.</summary>
    public string SchoolsFrom { get; init; } = "";

    [JsonIgnore]
    public int ParticipantCount => Ids.Length;

    [JsonIgnore]
    public int TieCount => TieA.Length;
}
