using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios.NetworkFiles;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Reads <c>participant_graph: {kind: file, path: ..., nodes: ..., school_attribute: ..., default_school: ..., directed: ...}</c>:
/// a measured network from a CSV edge list (with an optional CSV node table) or from GraphML.
/// </summary>
internal static class ParticipantFileReader
{
    public static ImportedNetwork? Read(YamlSection section, string directory)
    {
        var path = section.Take("path") is null ? null : section.String("path", "");
        var nodes = section.Take("nodes") is null ? null : section.String("nodes", "");
        var schoolAttribute = section.String("school_attribute", "school");
        var defaultSchool = section.Take("default_school") is null ? null : section.String("default_school", "");
        var directed = section.Enum("directed", DirectedFile.Refuse);
        if (string.IsNullOrWhiteSpace(path))
        {
            section.Problem("kind", "file needs path: a CSV edge list (source,target[,weight]) or a GraphML file, relative to the scenario file.");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(directory, path));
        var graphMl = Path.GetExtension(full).Equals(".graphml", StringComparison.OrdinalIgnoreCase);
        if (graphMl && nodes is not null)
        {
            section.Problem("nodes", "is only read with a CSV edge list: a GraphML file carries its nodes' school, role and in_network as node attributes.");
            return null;
        }

        if (!graphMl && directed == DirectedFile.Symmetrise)
        {
            section.Problem("directed", "symmetrise is only read with GraphML: a CSV edge list is undirected already.");
            return null;
        }

        var log = new NetworkFileLog(section.Problems, section.Warnings);
        var file = Path.GetFileName(full);
        NetworkFileContent? content;
        string? nodesFile;
        if (graphMl)
        {
            content = GraphMlNetworkReader.Read(full, schoolAttribute, directed == DirectedFile.Symmetrise, log);
            nodesFile = file;
        }
        else
        {
            content = CsvNetworkReader.ReadTies(full, log);
            nodesFile = nodes is null ? null : Path.GetFileName(nodes);
            if (nodes is not null && CsvNetworkReader.ReadNodes(Path.GetFullPath(Path.Combine(directory, nodes)), schoolAttribute, log) is { } table)
            {
                content = content is null ? null : content with { Nodes = table };
            }
            else if (nodes is not null)
            {
                content = null;
            }
        }

        return content is null || log.ProblemCount > 0 ? null : NetworkFileMapper.Map(content, file, nodesFile, defaultSchool, log);
    }
}
