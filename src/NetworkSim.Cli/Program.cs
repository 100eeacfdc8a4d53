using System.CommandLine;
using NetworkSim.Cli.Commands;

var root = new RootCommand("NetworkSim: how improvement spreads through networks of schools, simulated on Orleans grains.")
{
    RunCommand.Create(args),
    CheckCommand.Create(),
    BenchCommand.Create(),
    ParamsCommand.Create(),
    ValidateCommand.Create(args),
    SweepCommand.Create(args),
    CompareCommand.Create(args),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {ParseErrorText.Plain(error.Message)}");
    }

    Console.Error.WriteLine("Run 'networksim --help' for the commands and their options.");
    return CommandGuard.BadInput;
}

return await parsed.InvokeAsync();
