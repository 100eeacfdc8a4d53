using NetworkSim.Model.Scenarios;

namespace NetworkSim.Workshop.Designs;

/// <summary>The network teams a room chooses between, and the role counts each stands for.</summary>
internal static class TeamChoice
{
    public const string LoneTeacher = "lone-teacher";
    public const string PrincipalAndTeacher = "principal-and-teacher";
    public const string TeamOfThree = "team-of-three";

    /// <summary>Each choice's leaders and teachers (no coach, no other staff).</summary>
    public static readonly IReadOnlyDictionary<string, (int Leader, int Teacher)> Choices = new Dictionary<string, (int, int)>
    {
        [LoneTeacher] = (0, 1),
        [PrincipalAndTeacher] = (1, 1),
        [TeamOfThree] = (1, 2),
    };

    public static string Allowed => string.Join(", ", Choices.Keys);

    /// <summary>The choice a scenario's team is, or null when it is none of them (the page then says "as in the scenario").</summary>
    public static string? Of(RoleCounts team) =>
        Choices.FirstOrDefault(c => team[Role.Leader] == c.Value.Leader && team[Role.Teacher] == c.Value.Teacher && team[Role.Coach] == 0 && team[Role.Staff] == 0).Key;
}
