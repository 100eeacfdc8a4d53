using Microsoft.AspNetCore.Http;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Workshop.Designs;

namespace NetworkSim.Workshop.Api;

/// <summary>Refusals as RFC 9457 problem details: a refused value names its field (the page's control, or the scenario's key) and what is allowed.</summary>
internal static class Problems
{
    public static IResult Refused(IReadOnlyList<ScenarioProblem> problems) =>
        Results.ValidationProblem(
            problems.GroupBy(Field).ToDictionary(g => g.Key, g => g.Select(Text).ToArray()),
            detail: string.Join(Environment.NewLine, problems),
            title: problems.Count == 1 ? "One value was refused; nothing was changed." : $"{problems.Count} values were refused; nothing was changed.");

    public static IResult Refused(string field, string message) => Refused([new ScenarioProblem(field, null, "", message)]);

    public static IResult NotFound(string what) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: what);

    /// <summary>The control a problem came from; otherwise the scenario key (e.g. practices[0].start.schools).</summary>
    private static string Field(ScenarioProblem p) =>
        DesignOverrides.Controls.Contains(p.File) || p.Field.Length == 0 ? p.File : p.Field;

    private static string Text(ScenarioProblem p) => p.Field.Length == 0 ? p.Message : $"{p.Field}: {p.Message}";
}
