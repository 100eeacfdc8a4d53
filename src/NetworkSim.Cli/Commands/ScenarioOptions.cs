using System.CommandLine;
using System.Globalization;

namespace NetworkSim.Cli.Commands;

/// <summary>The options every command that reads a scenario shares; they become <c>--set</c> overrides.</summary>
public sealed class ScenarioOptions
{
    public Argument<string> Scenario { get; } = new("scenario") { Description = "The scenario YAML file (see scenarios/)." };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Seed of the scenario (replicate seeds derive from it)." };

    public Option<int?> Replicates { get; } = new("--replicates") { Description = "Number of replicates." };

    public Option<int?> Ticks { get; } = new("--ticks") { Description = "Ticks (weeks) to simulate." };

    public Option<string[]> Set { get; } = new("--set") { Description = "Override any scenario value: --set key.path=value (repeatable), e.g. --set network.diversity=0.8" };

    public Option<string?> Agents { get; } = new("--agents") { Description = "Also write agents.csv, schools.csv and adoptions.csv: every N ticks (1 = every tick) or final." };

    public Option<string?> Network { get; } = new("--network") { Description = "Also write network.graphml and edges.csv for replicate 0 (--network all: every replicate).", Arity = ArgumentArity.ZeroOrOne };

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
    }

    /// <summary>The agent-level outputs asked for; a bad value throws <see cref="Runner.Output.OutputException"/> (exit 2).</summary>
    public Runner.Output.AgentOptions AgentOptions(ParseResult result) => new(
        result.GetValue(Agents) is { } every ? Runner.Output.AgentOptions.ParseEvery(every) : null,
        result.GetResult(Network) is null ? Runner.Output.NetworkOutput.None : Runner.Output.AgentOptions.ParseNetwork(result.GetValue(Network) ?? ""));

    public IReadOnlyList<string> Overrides(ParseResult result)
    {
        var list = new List<string>();
        if (result.GetValue(Seed) is { } seed)
        {
            list.Add("seed=" + seed.ToString(CultureInfo.InvariantCulture));
        }

        if (result.GetValue(Replicates) is { } replicates)
        {
            list.Add("replicates=" + replicates.ToString(CultureInfo.InvariantCulture));
        }

        if (result.GetValue(Ticks) is { } ticks)
        {
            list.Add("ticks=" + ticks.ToString(CultureInfo.InvariantCulture));
        }

        list.AddRange(result.GetValue(Set) ?? []);
        return list;
    }
}
