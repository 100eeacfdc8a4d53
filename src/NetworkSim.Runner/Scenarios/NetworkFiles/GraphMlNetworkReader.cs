using System.Xml;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>
/// Reads a network from GraphML (what networkx's <c>write_graphml</c> and <c>networksim run --network</c> write):
/// nodes with their school, role and in_network attributes, ties with an optional weight. A directed graph is
/// refused unless <c>symmetrise</c>; ties marked <c>brokered</c> (made by a facilitator during a run) are skipped
/// and counted, so that an exported network imports as the one the run started from.
/// </summary>
internal static class GraphMlNetworkReader
{
    private sealed record Key(string For, string Name, string? Default);

    public static NetworkFileContent? Read(string path, string schoolAttribute, bool symmetrise, NetworkFileLog log, long maxNodes = ScenarioReader.MaxParticipants)
    {
        var file = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = InputFile.Open(path, InputLimit.Network);
        }
        catch (InputFileException e)
        {
            log.Unreadable(e);
            return null;
        }

        using var input = stream;
        if (stream.Length == 0)
        {
            log.Problem(file, null, "", "is empty. Allowed: a GraphML file (<graphml><graph edgedefault=\"undirected\">...).");
            return null;
        }

        var keys = new Dictionary<string, Key>();
        var nodes = new List<FileNode>();
        var ties = new List<FileTie>();
        var seen = new Dictionary<string, int>();
        var directed = false;
        var graphs = 0;
        var brokered = 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true };
        try
        {
            using var xml = XmlReader.Create(stream, settings);
            var info = (IXmlLineInfo)xml;
            var root = true;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var line = info.LineNumber;
                if (root && xml.LocalName != "graphml")
                {
                    log.Problem(file, line, "", $"is not GraphML: its root element is <{xml.LocalName}>. Allowed: a GraphML file (<graphml> with one <graph>).");
                    return null;
                }

                root = false;
                switch (xml.LocalName)
                {
                    case "key":
                        var id = xml.GetAttribute("id") ?? "";
                        var scope = xml.GetAttribute("for") ?? "all";
                        var name = xml.GetAttribute("attr.name") ?? id;
                        keys[id] = new Key(scope, name, Data(xml).GetValueOrDefault("default"));
                        break;
                    case "graph":
                        if (++graphs > 1)
                        {
                            log.Problem(file, line, "graph", "a second graph. Allowed: one <graph> per file.");
                            return null;
                        }

                        directed = xml.GetAttribute("edgedefault") == "directed";
                        if (directed && !symmetrise)
                        {
                            log.Problem(file, line, "graph", "the graph is directed (edgedefault=\"directed\"), but NetworkSim's ties are undirected (knowledge and trust flow both ways). " +
                                "Allowed: an undirected graph, or participant_graph.directed: symmetrise to tie two nodes when either points to the other.");
                            return null;
                        }

                        break;
                    case "node":
                        var nodeId = xml.GetAttribute("id");
                        var nodeData = Named(keys, Data(xml), "node");
                        if (string.IsNullOrEmpty(nodeId))
                        {
                            log.Problem(file, line, "node", "a <node> without an id. Allowed: every node with an id.");
                        }
                        else if (seen.TryGetValue(nodeId, out var first))
                        {
                            log.Problem(file, line, "node", $"{InputText.Quote(nodeId)} is declared again (first on line {first}). Allowed: each node once.");
                        }
                        else if (nodes.Count >= maxNodes)
                        {
                            log.Problem(file, line, "node", $"more than {maxNodes:N0} nodes. Allowed: at most {maxNodes:N0} participants.");
                            return null;
                        }
                        else
                        {
                            seen[nodeId] = line;
                            nodes.Add(new FileNode(nodeId, nodeData.GetValueOrDefault(schoolAttribute), nodeData.GetValueOrDefault("role"), nodeData.GetValueOrDefault("in_network"), line));
                        }

                        break;
                    case "edge":
                        var (source, target) = (xml.GetAttribute("source") ?? "", xml.GetAttribute("target") ?? "");
                        if (xml.GetAttribute("directed") == "true" && !symmetrise)
                        {
                            log.Problem(file, line, "edge", $"the tie {InputText.Clip(source)} -> {InputText.Clip(target)} is directed (directed=\"true\"), but NetworkSim's ties are undirected. " +
                                "Allowed: undirected ties, or participant_graph.directed: symmetrise.");
                            directed = true;
                            continue;
                        }

                        directed |= xml.GetAttribute("directed") == "true";
                        var edgeData = Named(keys, Data(xml), "edge");
                        if (edgeData.GetValueOrDefault("brokered") is "true" or "1")
                        {
                            brokered++;
                            continue;
                        }

                        double? weight = null;
                        if (keys.Values.Any(k => k.Name == "weight" && k.For is "edge" or "all"))
                        {
                            weight = edgeData.TryGetValue("weight", out var w) ? log.Weight(file, line, w) : MissingWeight(log, file, line);
                        }

                        ties.Add(new FileTie(source, target, weight, line));
                        if (ties.Count > NetworkFileLog.MaxTies)
                        {
                            log.Problem(file, line, "edge", $"more than {NetworkFileLog.MaxTies:N0} ties. Allowed: at most {NetworkFileLog.MaxTies:N0} ties.");
                            return null;
                        }

                        break;
                }
            }
        }
        catch (XmlException) when (DocumentTypeLine(path) is { } doctype)
        {
            log.Problem(file, doctype, "", "holds a document type definition (<!DOCTYPE ...>), which NetworkSim does not read (it could define entities that expand without end). " +
                "Allowed: GraphML without a DOCTYPE, as networkx and networksim write it.");
            return null;
        }
        catch (XmlException e)
        {
            log.Problem(file, e.LineNumber > 0 ? e.LineNumber : null, "", $"is not well-formed XML: {e.Message.Split(" Line ")[0]} Allowed: a GraphML file.");
            return null;
        }

        if (graphs == 0)
        {
            log.Problem(file, null, "", "holds no <graph>. Allowed: a GraphML file with one graph.");
            return null;
        }

        if (nodes.Count == 0)
        {
            log.Problem(file, null, "", "has no nodes. Allowed: a graph with at least one <node>.");
            return null;
        }

        if (brokered > 0)
        {
            log.Warning(file, null, "edge", $"{brokered} tie(s) marked brokered=true (made by a facilitator during a run) left out: the network is read as it was at tick 0.");
        }

        return new NetworkFileContent(nodes, ties, keys.Values.Any(k => k.Name == "weight" && k.For is "edge" or "all"), directed);
    }

    /// <summary>
    /// The line of the DTD (<c>&lt;!DOCTYPE</c>, before the root element) that <see cref="DtdProcessing.Prohibit"/>
    /// refused in .NET's words and without a line, or null when the file has none.
    /// </summary>
    private static int? DocumentTypeLine(string path)
    {
        try
        {
            foreach (var (number, text) in InputFile.Lines(path, InputLimit.Network))
            {
                if (text.Contains("<!DOCTYPE", StringComparison.Ordinal))
                {
                    return number;
                }

                if (text.Contains("<graphml", StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }
        catch (InputFileException)
        {
            // A line too long to be a prolog: no DTD found.
        }

        return null;
    }

    private static double? MissingWeight(NetworkFileLog log, string file, int line)
    {
        log.Problem(file, line, "weight", "this tie has no weight while others do. Allowed: a weight on every tie, or a <default> in the weight key.");
        return null;
    }

    /// <summary>The element's &lt;data key="..."&gt; values (and a key's &lt;default&gt;), by key id; the reader is left on the element's end.</summary>
    private static Dictionary<string, string> Data(XmlReader xml)
    {
        var data = new Dictionary<string, string>();
        if (xml.IsEmptyElement)
        {
            return data;
        }

        using var inner = xml.ReadSubtree();
        inner.Read();
        inner.Read();
        while (!inner.EOF)
        {
            if (inner.NodeType == XmlNodeType.Element && inner.LocalName is "data" or "default" && inner.Depth == 1)
            {
                var key = inner.LocalName == "default" ? "default" : inner.GetAttribute("key") ?? "";
                data[key] = inner.ReadElementContentAsString().Trim(); // moves on past the element
            }
            else if (!inner.Read())
            {
                break;
            }
        }

        return data;
    }

    /// <summary>Data by attribute name, with each declared key's default filled in.</summary>
    private static Dictionary<string, string> Named(Dictionary<string, Key> keys, Dictionary<string, string> data, string scope)
    {
        var named = new Dictionary<string, string>();
        foreach (var (id, key) in keys.Where(k => k.Value.For == scope || k.Value.For == "all"))
        {
            if (data.TryGetValue(id, out var value) || key.Default is { } fallback && (value = fallback) is not null)
            {
                named[key.Name] = value;
            }
        }

        return named;
    }
}
