using System.CommandLine;
using NetworkSim.Cli.Commands;
using NetworkSim.Cli.Hosting;

var root = new RootCommand("NetworkSim: how improvement spreads through networks of schools, simulated on Orleans grains.")
{
    RunCommand.Create(args),
    CheckCommand.Create(),
    BenchCommand.Create(),
    ParamsCommand.Create(),
    SensitivityCommand.Create(args),
    ValidateCommand.Create(args),
    ServeCommand.Create(),
    SweepCommand.Create(args),
    CalibrateCommand.Create(args),
    CompareCommand.Create(args),
    SiloCommand.Create(),
    ClusterCommand.Create(),
    FiguresCommand.Create(),
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

// Signals are handled by TerminationSignals, not by System.CommandLine (whose handler would end the process
// 2 s after Ctrl-C, before the run has removed its partial results) nor by the silo's host.
using var signals = new TerminationSignals();
return signals.ExitCode(await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, signals.Token));
