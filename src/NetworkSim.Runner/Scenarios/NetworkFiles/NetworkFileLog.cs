using System.Globalization;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>Collects the problems (which stop a run) and warnings (which do not) found in network files, each at its file and line.</summary>
internal sealed class NetworkFileLog(ICollection<ScenarioProblem> problems, ICollection<ScenarioProblem> warnings)
{
    /// <summary>Ties beyond which a file is refused while it is read: the contact arrays are indexed by int.</summary>
    public const long MaxTies = ScenarioReader.MaxTieEnds / 2;

    public int ProblemCount { get; private set; }

    public void Problem(string file, int? line, string field, string message)
    {
        ProblemCount++;
        problems.Add(new ScenarioProblem(file, line, field, message));
    }

    public void Warning(string file, int? line, string field, string message) =>
        warnings.Add(new ScenarioProblem(file, line, field, message));

    /// <summary>Logs why a network file could not be read: not there, not a regular file, too large, a line too long.</summary>
    public void Unreadable(InputFileException error)
    {
        if (error.Missing)
        {
            Problem(Path.GetFileName(error.Problem.File), null, "", $"file not found: {error.Problem.File}. Allowed: a file relative to the scenario file.");
        }
        else
        {
            Problem(error.Problem.File, error.Problem.Line, error.Problem.Field, error.Problem.Message);
        }
    }

    /// <summary>A tie's weight: a positive, finite number (it becomes initial trust as a share of the largest weight).</summary>
    public double? Weight(string file, int line, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0)
        {
            return value;
        }

        Problem(file, line, "weight", $"{InputText.Quote(text)} is not a positive number. Allowed: a weight above 0 on every tie (initial trust is weight / largest weight).");
        return null;
    }
}
