using System.CommandLine;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim params</c>: prints every scenario key, model parameters first, with its default, range, unit and source.</summary>
internal static class ParamsCommand
{
    public static Command Create()
    {
        var command = new Command("params", "List every model parameter and every other scenario key (Markdown tables, as in docs/model.md).");
        command.SetAction(_ =>
        {
            Console.WriteLine("## Model parameters (under parameters:)");
            Console.WriteLine();
            Console.Write(ParameterCatalog.MarkdownTable());
            Console.WriteLine();
            Console.WriteLine("## Scenario keys (the design: network, practices, facilitators, schedule, rules, the run)");
            Console.WriteLine();
            Console.Write(ScenarioKeys.MarkdownTable());
            return 0;
        });
        return command;
    }
}
