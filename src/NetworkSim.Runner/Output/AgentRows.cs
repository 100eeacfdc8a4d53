using System.Text;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Output;

/// <summary>
/// The rows of <c>agents.csv</c> (one per participant and practice at a tick), written alike by <c>run --agents</c>
/// and by workshop mode's export, so that both files have the same tidy columns.
/// </summary>
public static class AgentRows
{
    /// <summary>The header line (without its line end): an imported network's participants keep their node ids in a last column.</summary>
    public static string Header(Scenario scenario) =>
        scenario.Network.ParticipantGraph.Imported is null ? AgentOutputs.AgentsHeader : AgentOutputs.AgentsHeader + "," + Text("node");

    /// <summary>Appends every participant's rows at the snapshot's tick, each ending in a line feed.</summary>
    public static void Append(StringBuilder text, Scenario scenario, IParticipantRules rules, int replicate, AgentsSnapshot snapshot)
    {
        var columns = Array.ConvertAll(AgentOutputs.RuleColumns, name => rules.AgentColumns.FirstOrDefault(c => c.Name == name));
        // What the rule set does not hold is an empty cell, as in timeseries.csv (a textbook model has no knowledge or engagement).
        var knowledge = (rules.Holds & Quantities.Knowledge) != 0;
        var engagement = (rules.Holds & Quantities.Engagement) != 0;
        var practices = scenario.Practices;
        var network = scenario.Network;
        var ids = network.ParticipantGraph.Imported?.Ids;
        foreach (var school in snapshot.Schools)
        {
            for (var k = 0; k < school.States.Length; k++)
            {
                var s = school.States[k];
                var (role, member) = NetworkExport.RoleAndMembership(network, s.Index, k);
                var node = ids is null ? "" : "," + CsvFormat.Text(ids[s.Index]);
                for (var p = 0; p < practices.Count; p++)
                {
                    var adopted = school.AdoptedTick[k * practices.Count + p];
                    text.Append(replicate).Append(',').Append(snapshot.Tick).Append(',').Append(s.Index).Append(',')
                        .Append(CsvFormat.Text(network.Schools[school.School])).Append(',').Append(Text(role.Key())).Append(',').Append(member ? 1 : 0).Append(',')
                        .Append(CsvFormat.Text(practices[p].Name)).Append(',').Append(knowledge ? Number(s.Knowledge[p]) : "").Append(',').Append(s.Practises(p) ? 1 : 0).Append(',')
                        .Append(adopted < 0 ? "" : Number(adopted)).Append(',').Append(engagement ? Number(s.Engagement) : "").Append(',')
                        .Append(engagement ? (member && !s.Active ? "1" : "0") : "");
                    foreach (var column in columns)
                    {
                        text.Append(',').Append(Cell(column, s, p));
                    }

                    text.Append(node).Append('\n');
                }
            }
        }
    }

    private static string Cell(AgentColumn? column, PeerState state, int practice) =>
        column?.Number is { } number ? Number(number(state, practice)) : Text(column?.Label?.Invoke(state, practice) ?? "");
}
