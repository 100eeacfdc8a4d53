using System.CommandLine;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim params</c>: prints every model parameter with its default, range, unit and source.</summary>
internal static class ParamsCommand
{
    public static Command Create()
    {
        var command = new Command("params", "List every model parameter (a Markdown table, as in docs/model.md).");
        command.SetAction(_ =>
        {
            Console.Write(ParameterCatalog.MarkdownTable());
            return 0;
        });
        return command;
    }
}
