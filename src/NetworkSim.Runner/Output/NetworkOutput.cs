using System.Text;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Output;

public enum NetworkOutput
{
    None,
    First,
    All,
}
