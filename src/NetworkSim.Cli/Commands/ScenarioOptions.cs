using System.CommandLine;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>The options every command that reads a scenario shares; they become overrides, each named by its option.</summary>
internal sealed class ScenarioOptions
{
    // ZeroOrOne so that 'run --network scenario.yaml' parses: --network (ZeroOrOne too) takes the next word,
    // and a word other than 'all' is the scenario; AddTo's validator asks for the scenario when there is none.
    public Argument<string?> Scenario { get; } = new("scenario") { Description = "The scenario YAML file (see scenarios/).", Arity = ArgumentArity.ZeroOrOne };

    // Text, not numbers: the scenario reader checks them like the file and its messages name the option and the range.
    public Option<string?> Seed { get; } = new("--seed") { Description = "Seed of the scenario (replicate seeds derive from it)." };

    public Option<string?> Replicates { get; } = new("--replicates") { Description = "Number of replicates." };

    public Option<string?> Ticks { get; } = new("--ticks") { Description = "Ticks (weeks) to simulate." };

    public Option<string[]> Set { get; } = new("--set") { Description = "Override any scenario value: --set key.path=value (repeatable), e.g. --set network.diversity=0.8 or --set practices[0].complexity=0.6" };

    public Option<string?> Agents { get; } = new("--agents") { Description = "Also write agents.csv, schools.csv and adoptions.csv: every N ticks (1 = every tick) or final." };

    public Option<string?> Network { get; } = new("--network")
    {
        Description = "Also write network.graphml and edges.csv for replicate 0 (--network all: every replicate).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Refuse, rather than warn about, a run estimated to take more than a day." };

    public void AddTo(Command command)
    {
        command.Options.Add(Strict);
        command.Arguments.Add(Scenario);
        command.Options.Add(Seed);
        command.Options.Add(Replicates);
        command.Options.Add(Ticks);
        command.Options.Add(Set);
        command.Options.Add(Agents);
        command.Options.Add(Network);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Scenario) is null && NetworkWord(result.GetValue(Network)) is null)
            {
                result.AddError($"Required argument missing for command: '{result.Command.Name}'.");
            }
        });
    }

    /// <summary>The scenario path, also when --network took it (<c>run --network scenario.yaml</c>).</summary>
    public string ScenarioPath(ParseResult result) => result.GetValue(Scenario) ?? NetworkWord(result.GetValue(Network))!;

    /// <summary>The agent-level outputs asked for; a bad value throws <see cref="Runner.Output.OutputException"/> (exit 2).</summary>
    public Runner.Output.AgentOptions AgentOptions(ParseResult result) => new(
        result.GetValue(Agents) is { } every ? Runner.Output.AgentOptions.ParseEvery(every) : null,
        result.GetResult(Network) is null ? Runner.Output.NetworkOutput.None
            : Runner.Output.AgentOptions.ParseNetwork(result.GetValue(Scenario) is null ? "" : result.GetValue(Network) ?? ""));

    private static string? NetworkWord(string? value) => value is null or "" or "all" ? null : value;

    public IReadOnlyList<ScenarioOverride> Overrides(ParseResult result)
    {
        var list = new List<ScenarioOverride>();
        foreach (var (option, key) in new[] { (Seed, "seed"), (Replicates, "replicates"), (Ticks, "ticks") })
        {
            if (result.GetValue(option) is { } value)
            {
                list.Add(new ScenarioOverride(option.Name, $"{key}={value}"));
            }
        }

        list.AddRange((result.GetValue(Set) ?? []).Select(ScenarioOverride.FromSet));
        return list;
    }

    /// <summary>Reads the scenario with these options applied (after <paramref name="defaults"/>) and prints its warnings on stderr.</summary>
    public Scenario Load(ParseResult result, params IEnumerable<ScenarioOverride> defaults)
    {
        var warnings = new List<ScenarioProblem>();
        try
        {
            return ScenarioReader.Load(ScenarioPath(result), [.. defaults, .. Overrides(result)], warnings);
        }
        finally
        {
            foreach (var warning in warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }
        }
    }
}
