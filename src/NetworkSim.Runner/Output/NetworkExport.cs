using System.Text;
using System.Xml;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Output;

/// <summary>
/// The final network of a replicate as <c>edges.csv</c> rows and as GraphML with declared, typed keys (networkx,
/// igraph, Gephi). What the run's rule set does not hold (<see cref="IParticipantRules.Holds"/>: a textbook model has
/// no trust, knowledge, engagement or facilitators) is an empty cell in <c>edges.csv</c> and no key in the GraphML.
/// </summary>
public static class NetworkExport
{
    /// <summary>One row per undirected tie: both directions' trust, the tick it formed and whether it was brokered.</summary>
    public static string EdgeRows(int replicate, IReadOnlyList<TieState> ties, Quantities holds)
    {
        var trust = holds.HasFlag(Quantities.Trust);
        var brokering = holds.HasFlag(Quantities.Facilitation);
        var text = new StringBuilder();
        foreach (var (forward, backward) in Pairs(ties))
        {
            text.Append(replicate).Append(',').Append(forward.From).Append(',').Append(forward.To).Append(',')
                .Append(trust ? Number(forward.Trust) : "").Append(',').Append(trust ? Number(backward?.Trust ?? double.NaN) : "").Append(',')
                .Append(forward.FormedTick).Append(',').Append(brokering ? (forward.Brokered ? "1" : "0") : "").Append('\n');
        }

        return text.ToString();
    }

    public static string GraphMl(Scenario scenario, AgentsSnapshot final, IReadOnlyList<TieState> ties, Quantities holds)
    {
        var practices = scenario.Practices;
        var (knowledge, engagement) = (holds.HasFlag(Quantities.Knowledge), holds.HasFlag(Quantities.Engagement));
        var (trust, brokering) = (holds.HasFlag(Quantities.Trust), holds.HasFlag(Quantities.Facilitation));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", ns);
            Key(xml, "school", "node", "school", "string");
            Key(xml, "role", "node", "role", "string");
            Key(xml, "in_network", "node", "in_network", "boolean");
            if (engagement)
            {
                Key(xml, "engagement", "node", "engagement", "double");
                Key(xml, "dropped_out", "node", "dropped_out", "boolean");
            }

            for (var p = 0; p < practices.Count; p++)
            {
                if (knowledge)
                {
                    Key(xml, $"k{p}", "node", $"knowledge_{practices[p].Name}", "double");
                }

                Key(xml, $"a{p}", "node", $"practising_{practices[p].Name}", "boolean");
            }

            if (trust)
            {
                Key(xml, "trust", "edge", "trust", "double");
            }

            Key(xml, "formed_tick", "edge", "formed_tick", "int");
            if (brokering)
            {
                Key(xml, "brokered", "edge", "brokered", "boolean");
            }
            xml.WriteStartElement("graph", ns);
            xml.WriteAttributeString("id", scenario.Name);
            xml.WriteAttributeString("edgedefault", "undirected");
            var network = scenario.Network;
            var ids = network.ParticipantGraph.Imported?.Ids;
            string Id(int participant) => ids?[participant] ?? $"p{participant}";
            foreach (var school in final.Schools)
            {
                for (var k = 0; k < school.States.Length; k++)
                {
                    var s = school.States[k];
                    var (role, member) = RoleAndMembership(network, s.Index, k);
                    xml.WriteStartElement("node", ns);
                    xml.WriteAttributeString("id", Id(s.Index));
                    Data(xml, "school", network.Schools[school.School]);
                    Data(xml, "role", role.Key());
                    Data(xml, "in_network", member ? "true" : "false");
                    if (engagement)
                    {
                        Data(xml, "engagement", Number(s.Engagement));
                        Data(xml, "dropped_out", member && !s.Active ? "true" : "false");
                    }

                    for (var p = 0; p < practices.Count; p++)
                    {
                        if (knowledge)
                        {
                            Data(xml, $"k{p}", Number(s.Knowledge[p]));
                        }

                        Data(xml, $"a{p}", s.Practises(p) ? "true" : "false");
                    }

                    xml.WriteEndElement();
                }
            }

            foreach (var (forward, backward) in Pairs(ties))
            {
                xml.WriteStartElement("edge", ns);
                xml.WriteAttributeString("source", Id(forward.From));
                xml.WriteAttributeString("target", Id(forward.To));
                if (trust)
                {
                    Data(xml, "trust", Number(backward is null ? forward.Trust : (forward.Trust + backward.Trust) / 2));
                }

                Data(xml, "formed_tick", forward.FormedTick.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (brokering)
                {
                    Data(xml, "brokered", forward.Brokered ? "true" : "false");
                }
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Each undirected tie once (from the lower index), with the reverse direction where there is one.</summary>
    private static IEnumerable<(TieState Forward, TieState? Backward)> Pairs(IReadOnlyList<TieState> ties)
    {
        var reverse = ties.Where(t => t.From > t.To).ToDictionary(t => (t.To, t.From));
        return ties.Where(t => t.From < t.To).OrderBy(t => t.From).ThenBy(t => t.To)
            .Select(t => (t, reverse.GetValueOrDefault((t.From, t.To))));
    }

    /// <summary>
    /// The role of a participant, its school's k-th member of staff, and whether it is in the network team: an imported
    /// network's node table says; a generated school's staff are ordered by role, team first.
    /// </summary>
    public static (Role Role, bool Member) RoleAndMembership(NetworkDesign network, int participant, int k)
    {
        if (network.ParticipantGraph.Imported is { } imported)
        {
            return (imported.Roles[participant], imported.InNetwork[participant]);
        }

        var offset = 0;
        foreach (var role in Roles.All)
        {
            if (k < offset + network.Staff[role])
            {
                return (role, k - offset < network.Team[role]);
            }

            offset += network.Staff[role];
        }

        return (Role.Staff, false);
    }

    private static void Key(XmlWriter xml, string id, string scope, string name, string type)
    {
        xml.WriteStartElement("key", "http://graphml.graphdrawing.org/xmlns");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
