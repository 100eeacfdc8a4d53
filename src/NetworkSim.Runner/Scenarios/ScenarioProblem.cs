namespace NetworkSim.Runner.Scenarios;

/// <summary>One thing wrong with a scenario: where (file, line, field), what, and what is allowed.</summary>
public sealed record ScenarioProblem(string File, int? Line, string Field, string Message)
{
    public override string ToString()
    {
        var where = Line is > 0 ? $"{File}:{Line}" : File;
        return string.IsNullOrEmpty(Field) ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}

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
