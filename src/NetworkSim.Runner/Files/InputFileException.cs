using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Files;

/// <summary>An input that cannot be read as one: missing, not a regular file, too large, or a line too long.</summary>
/// <param name="missing">Nothing is there (the caller may say so in its own words).</param>
public sealed class InputFileException(string path, int? line, string reason, bool missing = false)
    : Exception(new ScenarioProblem(path, line, "", reason).ToString())
{
    public bool Missing { get; } = missing;

    /// <summary>The refusal as a scenario problem: the path as given, the line if any, and what is wrong.</summary>
    public ScenarioProblem Problem { get; } = new(path, line, "", reason);
}
