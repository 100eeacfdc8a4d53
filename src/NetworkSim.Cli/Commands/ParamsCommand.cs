using System.CommandLine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim params</c>: prints every scenario key, model parameters first, with its default, range, unit and source; then every metric and the models that compute it.</summary>
internal static class ParamsCommand
{
    public static Command Create()
    {
        var command = new Command("params", "List every model parameter, every other scenario key and every metric with the models that compute it (Markdown tables, as in docs/model.md).");
        command.SetAction(_ =>
        {
            Console.WriteLine("## Model parameters (under parameters:)");
            Console.WriteLine();
            Console.Write(ParameterCatalog.MarkdownTable());
            Console.WriteLine();
            Console.WriteLine("## Scenario keys (the design: network, practices, facilitators, schedule, rules, the run)");
            Console.WriteLine();
            Console.Write(ScenarioKeys.MarkdownTable());
            Console.WriteLine();
            Console.WriteLine("## Metrics (the columns of timeseries.csv; a model that does not compute one leaves it empty)");
            Console.WriteLine();
            Console.Write(MetricTable.Markdown());
            return 0;
        });
        return command;
    }
}
