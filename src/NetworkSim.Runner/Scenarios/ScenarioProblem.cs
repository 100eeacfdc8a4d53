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
