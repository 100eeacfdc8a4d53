using System.CommandLine;

namespace NetworkSim.Cli.Commands;

/// <summary><c>compare</c>'s options for a comparison across plausible worlds.</summary>
internal sealed class WorldsOptions
{
    public Option<string?> Worlds { get; } = new("--worlds") { Description = "Compare the designs across N plausible worlds drawn by Latin hypercube (default: every behavioural parameter over its plausible range; see --vary, --fix)." };

    public Option<string[]> Vary { get; } = new("--vary") { Description = "With --worlds: vary only these behavioural parameters: key (its plausible range) or key=low:high (repeatable), e.g. --vary trust.growth=0.04:0.12." };

    public Option<string[]> Fix { get; } = new("--fix") { Description = "With --worlds or --worlds-file: hold a behavioural parameter at one value in every world: key=value (repeatable)." };

    public Option<string?> WorldsFile { get; } = new("--worlds-file") { Description = "Compare the designs in the worlds of a CSV file (header: world, then parameter keys as 'networksim params' names them; one row per world), e.g. a calibration's posterior-worlds.csv." };

    public Option<string?> Outcome { get; } = new("--outcome") { Description = "With --worlds or --worlds-file: the outcome of the answer and the scenario discovery (default final_adoption): final_adoption, final_in_network, final_back_home, adopters, schools_institutionalised, ticks_to_50_in_network or cost_per_adopter." };

    public void AddTo(Command command)
    {
        command.Options.Add(Worlds);
        command.Options.Add(Vary);
        command.Options.Add(Fix);
        command.Options.Add(WorldsFile);
        command.Options.Add(Outcome);
    }

    /// <summary>Whether any of these options was given (the comparison is then across worlds).</summary>
    public bool Given(ParseResult result) =>
        result.GetValue(Worlds) is not null || result.GetValue(WorldsFile) is not null || (result.GetValue(Vary) ?? []).Length > 0
        || (result.GetValue(Fix) ?? []).Length > 0 || result.GetValue(Outcome) is not null;
}
