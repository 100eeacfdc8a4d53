using System.CommandLine;
using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Commands;

/// <summary><c>--parallel N</c> of run, sweep and compare: how many runs (or replicates) at once, the cores by default, at least 1.</summary>
internal static class ParallelOption
{
    /// <param name="what">What runs at once, for the help text ("Runs", "Replicates run").</param>
    public static Option<int> Create(string what) =>
        new("--parallel") { Description = $"{what} at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

    /// <summary>The value given; one below 1 is refused in one line (exit 2).</summary>
    public static int Read(ParseResult result, Option<int> option)
    {
        var workers = result.GetValue(option);
        return workers >= 1 ? workers : throw new OutputException($"--parallel {workers}: Allowed: 1 or more.");
    }
}
