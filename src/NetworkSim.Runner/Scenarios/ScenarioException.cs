namespace NetworkSim.Runner.Scenarios;

/// <summary>Thrown when a scenario cannot be used; the CLI prints the problems and exits with code 2.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ScenarioProblem> Problems { get; } = problems;

    public ScenarioException(ScenarioProblem problem)
        : this([problem])
    {
    }
}
