using System.Globalization;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Files;
using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads the <c>network:</c> section: schools, staff and team by role, tie structure, diversity.</summary>
internal static class NetworkReader
{
    /// <summary>Schools a network may have, as a number or a list of names.</summary>
    public const int MaxSchools = 1_000_000;

    public static NetworkDesign Read(YamlSection section, string directory)
    {
        var graphSection = section.Section("participant_graph");
        var graph = ReadParticipantGraph(graphSection, directory);
        if (graph.Kind == ParticipantGraphKind.File)
        {
            return ReadMeasured(section, graph);
        }

        var schools = ReadSchools(section);
        var defaults = new NetworkDesign { Schools = [] };
        var staff = ReadRoles(section.Section("staff"), defaults.Staff);
        var team = ReadRoles(section.Section("team"), defaults.Team);
        foreach (var role in Roles.All.Where(r => team[r] > staff[r]))
        {
            section.Problem("team", $"the team has {team[role]} {role.Key()}(s) but each school's staff has only {staff[role]}. Allowed: a team drawn from the staff (team.{role.Key()} <= staff.{role.Key()}).");
        }

        if (staff.Total == 0)
        {
            section.Problem("staff", "a school needs at least one member of staff.");
        }

        var design = SpecReader.Read(section, new NetworkDesign { Schools = schools, Staff = staff, Team = team, ParticipantGraph = graph });
        var structure = design.Structure;
        var edgeList = section.Take("edge_list") is null ? null : section.String("edge_list", "");
        if (structure == TieStructure.EdgeList)
        {
            if (edgeList is null)
            {
                section.Problem("structure", "edge-list needs edge_list: the path of a CSV file of school pairs (school_a,school_b) or a GraphML file whose node ids are school names.");
            }
            else
            {
                var full = Path.GetFullPath(Path.Combine(directory, edgeList));
                design = design with { EdgeList = full, Edges = EdgeListReader.Read(section, full, schools) };
            }
        }
        else if (edgeList is not null)
        {
            section.Problem("edge_list", $"is only read with structure: edge-list (this network is {YamlSection.EnumKey(structure.ToString())}).");
        }

        if (structure == TieStructure.Random && schools.Count > 1 && design.MeanDegree > schools.Count - 1)
        {
            section.Problem("mean_degree", $"{design.MeanDegree} is more than the {schools.Count - 1} other schools. Allowed: 0 to {schools.Count - 1}.");
        }

        CheckEven(section, "neighbours", design.Neighbours, structure == TieStructure.SmallWorld);
        CheckEven(graphSection, "neighbours", design.ParticipantGraph.Neighbours, design.ParticipantGraph.Kind == ParticipantGraphKind.WattsStrogatz);
        var participants = design.Participants;
        if (design.ParticipantGraph.Kind == ParticipantGraphKind.ErdosRenyi && participants > 1 && design.ParticipantGraph.MeanDegree > participants - 1)
        {
            graphSection.Problem("mean_degree", $"{design.ParticipantGraph.MeanDegree} is more than the {participants - 1:N0} other participants. Allowed: 0 to {participants - 1:N0}.");
        }

        section.RejectUnknownKeys();
        return design;
    }

    /// <summary>
    /// A measured network: schools, their sizes, roles and teams come from the file's node table, so the keys that
    /// generate them are refused rather than silently ignored; schools are tied where their participants are.
    /// </summary>
    private static NetworkDesign ReadMeasured(YamlSection section, ParticipantGraphSpec graph)
    {
        foreach (var key in ScenarioKeys.Of<NetworkDesign>().Where(k => k.Declaration.GeneratedOnly))
        {
            if (section.Has(key.Name))
            {
                section.Problem(key.Name, "is not read with participant_graph.kind: file: schools, their members, roles and teams come from the network file's node table, " +
                    $"and schools are tied where their participants are. Allowed: leave {key.Name} out (see README, \"Your own network\").");
            }

            section.Take(key.Name);
        }

        var none = new RoleCounts(0, 0, 0, 0);
        var measured = new NetworkDesign { Schools = graph.Imported?.SchoolNames ?? [], Staff = none, Team = none, ParticipantGraph = graph };
        var design = SpecReader.Read(section, measured, k => !k.Declaration.GeneratedOnly);
        section.RejectUnknownKeys();
        return design;
    }

    private static ParticipantGraphSpec ReadParticipantGraph(YamlSection section, string directory)
    {
        var spec = SpecReader.Read(section, new ParticipantGraphSpec());
        var kind = spec.Kind;
        var fileKeys = ScenarioKeys.Of<ParticipantGraphSpec>().Where(k => k.Declaration.ReadBySection).Select(k => k.Name).ToArray();
        foreach (var key in fileKeys.Where(k => kind != ParticipantGraphKind.File && section.Has(k)))
        {
            section.Problem(key, $"is only read with kind: file (this participant graph is {YamlSection.EnumKey(kind.ToString())}).");
        }

        spec = spec with { Imported = kind == ParticipantGraphKind.File ? ParticipantFileReader.Read(section, directory) : null };
        foreach (var key in fileKeys)
        {
            section.Take(key);
        }

        section.RejectUnknownKeys();
        return spec;
    }

    /// <summary>A ring lattice ties each node to k/2 neighbours on each side, so k must be even (an odd k was silently rounded down).</summary>
    private static void CheckEven(YamlSection section, string key, int value, bool used)
    {
        if (used && value % 2 != 0)
        {
            section.Problem(key, $"{value} is odd. Allowed: an even number from 2 (half the ties on each side of the ring).");
        }
    }

    private static List<string> ReadSchools(YamlSection section)
    {
        var node = section.Take("schools");
        switch (node)
        {
            case null:
                section.Problem("schools", "missing. Allowed: a number of schools (1 to 1,000,000) or a list of school names.");
                return [];
            case YamlSequenceNode list when list.Children.Count > MaxSchools:
                // Refused from the count, before a name is read or compared with another.
                section.Problem("schools", $"the list names {list.Children.Count:N0} schools. Allowed: at most {MaxSchools:N0} schools (a number, or a list of names).");
                return [];
            case YamlSequenceNode:
                var names = section.Strings("schools").ToList();
                foreach (var duplicate in names.GroupBy(n => n).Where(g => g.Count() > 1))
                {
                    section.Problem("schools", $"{InputText.Quote(duplicate.Key)} is named twice. Allowed: each school once.");
                }

                if (names.Count == 0)
                {
                    section.Problem("schools", "the list is empty. Allowed: at least one school.");
                }

                return names;
            default:
                var count = section.Int("schools", 0, 1, MaxSchools);
                var width = count.ToString(CultureInfo.InvariantCulture).Length;
                return Enumerable.Range(1, count).Select(i => "S" + i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')).ToList();
        }
    }

    private static RoleCounts ReadRoles(YamlSection section, RoleCounts fallback)
    {
        var counts = !section.Exists ? fallback : new RoleCounts(
            section.Int("leader", 0, 0, 10_000),
            section.Int("coach", 0, 0, 10_000),
            section.Int("teacher", 0, 0, 10_000),
            section.Int("staff", 0, 0, 10_000));
        foreach (var role in Roles.All)
        {
            section.Take(role.Key());
        }

        section.RejectUnknownKeys();
        return counts;
    }
}
