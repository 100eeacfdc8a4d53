namespace NetworkSim.Runner.Output;

/// <summary>Which agent-level files a run writes: <c>--agents</c> every N ticks or only the final tick, and <c>--network</c>.</summary>
/// <param name="Every">Write participants every this many ticks; 0 = only the final tick; null = no agent files.</param>
/// <param name="Network">Write the network for replicate 0 (<see cref="NetworkOutput.First"/>) or every replicate.</param>
public sealed record AgentOptions(int? Every, NetworkOutput Network)
{
    public static readonly AgentOptions None = new(null, NetworkOutput.None);

    /// <summary>Parses <c>--agents</c>: a whole number of ticks (1 = every tick) or <c>final</c>.</summary>
    public static int ParseEvery(string text) =>
        text.Trim().Equals("final", StringComparison.OrdinalIgnoreCase) ? 0
        : int.TryParse(text, out var every) && every >= 1 ? every
        : throw new OutputException($"--agents {text}: Allowed: a whole number of ticks of at least 1 (1 = every tick), or final.");

    public static NetworkOutput ParseNetwork(string? text) => text switch
    {
        null => NetworkOutput.None,
        "" or "first" => NetworkOutput.First,
        "all" => NetworkOutput.All,
        _ => throw new OutputException($"--network {text}: Allowed: no value (replicate 0 only) or all."),
    };
}
