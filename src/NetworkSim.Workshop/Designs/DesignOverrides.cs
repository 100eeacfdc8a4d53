using System.Globalization;
using System.Text.Json;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Workshop.Designs;

/// <summary>
/// Turns the page's controls into scenario overrides (<c>key.path=value</c>), each named by its control, so the
/// scenario reader checks them exactly like the file and a refused value names the control it came from.
/// </summary>
internal static class DesignOverrides
{
    public const string Seed = "seed";
    public const string Weeks = "weeks";
    public const string Schools = "schools";
    public const string Team = "team";
    public const string Facilitator = "facilitator";
    public const string Capacity = "capacity";
    public const string Diversity = "diversity";
    public const string SiteVisit = "siteVisit";

    /// <summary>Schools the page can ask for (a list of names becomes one override: 200 names are about 1,400 characters, within the override limit of 65,536).</summary>
    public const int MaxSchools = 200;

    /// <summary>The week of the site visit a design switches on when its scenario has none.</summary>
    public const int DefaultSiteVisitWeek = 6;

    public static readonly IReadOnlySet<string> Controls = new HashSet<string> { Seed, Weeks, Schools, Team, Facilitator, Capacity, Diversity, SiteVisit };

    /// <param name="request">The controls as sent.</param>
    /// <param name="baseline">The scenario as its file has it, for the names of its schools and its own facilitators and visits.</param>
    /// <param name="problems">Values that are not even of the right kind (a word where a switch belongs), named by their control.</param>
    public static IReadOnlyList<ScenarioOverride> For(DesignRequest request, Scenario baseline, List<ScenarioProblem> problems)
    {
        var list = new List<ScenarioOverride>();
        void Add(string control, string assignment) => list.Add(new ScenarioOverride(control, assignment));

        if (Text(request.Seed) is { } seed)
        {
            Add(Seed, $"seed={seed}");
        }

        if (Text(request.Weeks) is { } weeks)
        {
            Add(Weeks, $"ticks={weeks}");
        }

        if (Text(request.Schools) is { } schools)
        {
            if (!int.TryParse(schools, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2 || count > MaxSchools)
            {
                problems.Add(Problem(Schools, $"'{schools}' is not a number of schools the page runs. Allowed: 2 to {MaxSchools}."));
            }
            else if (count != baseline.Network.SchoolCount)
            {
                // Names, not a count: the scenario's own schools keep their names (its practices start in them).
                Add(Schools, $"network.schools=[{string.Join(',', SchoolNames(baseline.Network.Schools, count).Select(Quote))}]");
            }
        }

        if (Text(request.Team) is { } team)
        {
            if (!TeamChoice.Choices.TryGetValue(team, out var roles))
            {
                problems.Add(Problem(Team, $"'{team}' is not a team. Allowed: {TeamChoice.Allowed}."));
            }
            else
            {
                Add(Team, $"network.team.leader={roles.Leader}");
                Add(Team, "network.team.coach=0");
                Add(Team, $"network.team.teacher={roles.Teacher}");
                Add(Team, "network.team.staff=0");
            }
        }

        if (Switch(request.Facilitator, Facilitator, problems) is { } facilitator)
        {
            Add(Facilitator, $"facilitators.count={(facilitator ? Math.Max(1, baseline.Facilitators.Count) : 0)}");
        }

        if (Text(request.Capacity) is { } capacity)
        {
            Add(Capacity, $"facilitators.capacity={capacity}");
        }

        if (Text(request.Diversity) is { } diversity)
        {
            Add(Diversity, $"network.diversity={diversity}");
        }

        if (Switch(request.SiteVisit, SiteVisit, problems) is { } visit)
        {
            var visitWeeks = visit ? (baseline.Schedule.SiteVisits.Count > 0 ? baseline.Schedule.SiteVisits : [DefaultSiteVisitWeek]) : [];
            Add(SiteVisit, $"schedule.site_visits=[{string.Join(",", visitWeeks)}]");
        }

        return list;
    }

    /// <summary>The first <paramref name="count"/> of the scenario's names, continued as S01, S02, ... where it has fewer.</summary>
    public static IEnumerable<string> SchoolNames(IReadOnlyList<string> names, int count)
    {
        var taken = new HashSet<string>(names);
        var result = names.Take(count).ToList();
        for (var i = 1; result.Count < count; i++)
        {
            var name = "S" + i.ToString("00", CultureInfo.InvariantCulture);
            if (!taken.Contains(name))
            {
                result.Add(name);
            }
        }

        return result;
    }

    private static string Quote(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A value as override text: a number or word as written; null when absent.</summary>
    private static string? Text(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } v => v.GetString()!.Trim() is { Length: > 0 } s ? s : null,
        { } v => v.GetRawText(),
    };

    private static bool? Switch(JsonElement? value, string control, List<ScenarioProblem> problems)
    {
        switch (Text(value))
        {
            case null:
                return null;
            case "true" or "on":
                return true;
            case "false" or "off":
                return false;
            case var other:
                problems.Add(Problem(control, $"'{other}' is not on or off. Allowed: true or false."));
                return null;
        }
    }

    private static ScenarioProblem Problem(string control, string message) => new(control, null, "", message);
}
