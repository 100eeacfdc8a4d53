using System.Globalization;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>The observed CSV's header, checked, and how it reads the time, practice, school and sample size of a row.</summary>
internal sealed class ObservedHeader
{
    private readonly string _file;
    private readonly Scenario _scenario;
    private readonly int _termWeeks;
    private readonly int _time;
    private readonly int _practice;
    private readonly int _school;
    private readonly int _n;

    public ObservedHeader(string[] names, string file, int line, Scenario scenario, int termWeeks)
    {
        (Names, _file, _scenario, _termWeeks) = (names, file, scenario, termWeeks);
        for (var i = 0; i < names.Length; i++)
        {
            if (!ObservedReader.KnownColumns.Contains(names[i]))
            {
                throw ObservedReader.Problem(file, line, ObservedReader.Clip(names[i]),
                    $"matches no column NetworkSim compares.{Suggestions.DidYouMean(names[i], ObservedReader.KnownColumns)} Allowed: {string.Join(", ", ObservedReader.KnownColumns)}.");
            }

            if (Array.IndexOf(names, names[i]) < i)
            {
                throw ObservedReader.Problem(file, line, names[i], "named twice. Allowed: each column once.");
            }
        }

        var times = names.Where(ObservedReader.Times.Contains).ToArray();
        if (times.Length == 0)
        {
            throw ObservedReader.Problem(file, line, "", "no time column. Allowed: one of tick, week (a tick is one week) or term (with --term-weeks N).");
        }

        if (times.Length > 1)
        {
            throw ObservedReader.Problem(file, line, times[1], $"a second time column ({times[0]} is one already). Allowed: one of tick, week or term.");
        }

        Time = times[0];
        if (Time == "term" && termWeeks < 1)
        {
            throw ObservedReader.Problem(file, line, "term", "the length of a term is not given. Allowed: --term-weeks N (the weeks in a term, e.g. 13), or a tick or week column.");
        }

        Values = ObservedColumn.All.Where(c => names.Contains(c.Name)).Select(c => (c, Array.IndexOf(names, c.Name))).ToArray();
        if (Values.Count == 0)
        {
            throw ObservedReader.Problem(file, line, "", "no column to compare. Allowed: at least one of adoption, in_network, back_home, schools_institutionalised.");
        }

        // A share the scenario cannot have: of no one, or of a quantity its model does not hold (a textbook model institutionalises nothing).
        var holds = ParticipantRules.For(scenario.Rules.Kind).Holds;
        bool Computed(ObservedColumn c) => (MetricCatalog.Get(c.Metric).Of & ~holds) == 0;
        var others = string.Join(", ", ObservedColumn.All.Where(c => c.Population(scenario.Network, -1) > 0 && Computed(c)).Select(c => c.Name));
        foreach (var (column, _) in Values.Where(v => v.Column.Population(scenario.Network, -1) == 0 || !Computed(v.Column)))
        {
            throw ObservedReader.Problem(file, line, column.Name,
                !Computed(column) ? $"the {ScenarioKeys.EnumKey(scenario.Rules.Kind.ToString())} model holds no school support, so it institutionalises nothing. Allowed: {others}."
                : column == ObservedColumn.BackHome ? $"the scenario has no one back home (every participant is a network member). Allowed: {others}."
                : $"the scenario has no {column.Counted}. Allowed: {others}.");
        }

        (_time, _practice, _school, _n) = (Array.IndexOf(names, Time), Array.IndexOf(names, "practice"), Array.IndexOf(names, "school"), Array.IndexOf(names, "n"));
        if (_practice < 0 && scenario.Practices.Count > 1)
        {
            throw ObservedReader.Problem(file, line, "", $"no practice column, but the scenario has {scenario.Practices.Count} practices. " +
                $"Allowed: a practice column naming {Or(scenario.Practices.Select(p => p.Name).ToArray())} on every row.");
        }

    }

    public string[] Names { get; }

    /// <summary>tick, week or term.</summary>
    public string Time { get; }

    /// <summary>The share columns and where they are.</summary>
    public IReadOnlyList<(ObservedColumn Column, int Index)> Values { get; }

    /// <summary>A row's time, practice, school and sample size; null (with the problems added) if any is wrong.</summary>
    public ObservedRow? Row(string[] fields, int line, List<ScenarioProblem> problems)
    {
        var count = problems.Count;
        var tick = Tick(fields[_time], line, problems);
        var practice = 0;
        if (_practice >= 0)
        {
            practice = _scenario.Practices.Select(p => p.Name).ToList().IndexOf(fields[_practice]);
            if (practice < 0)
            {
                problems.Add(new(_file, line, "practice", $"'{ObservedReader.Clip(fields[_practice])}' is not a practice of the scenario. Allowed: {ObservedReader.Clip(string.Join(", ", _scenario.Practices.Select(p => p.Name)))}."));
            }
        }

        var school = -1;
        if (_school >= 0 && fields[_school].Length > 0)
        {
            var schools = _scenario.Network.Schools;
            school = schools.ToList().IndexOf(fields[_school]);
            if (school < 0)
            {
                problems.Add(new(_file, line, "school", $"'{ObservedReader.Clip(fields[_school])}' is not a school of the scenario.{Suggestions.DidYouMean(fields[_school], schools)} " +
                    $"Allowed: {ObservedReader.Clip(string.Join(", ", schools))}, or an empty cell for the whole network."));
            }
        }

        var n = 0;
        if (_n >= 0 && fields[_n].Length > 0 && (!int.TryParse(fields[_n], NumberStyles.None, CultureInfo.InvariantCulture, out n) || n < 1))
        {
            var most = Values.Min(v => v.Column.Population(_scenario.Network, Math.Max(school, -1)));
            problems.Add(new(_file, line, "n", $"'{ObservedReader.Clip(fields[_n])}' is not a sample size. Allowed: a whole number from 1 to {most}, or an empty cell for everyone."));
        }

        return problems.Count > count ? null : new ObservedRow(tick, practice, school, n);
    }

    private int Tick(string cell, int line, List<ScenarioProblem> problems)
    {
        var ticks = _scenario.Ticks;
        var last = Time == "term" ? ticks / _termWeeks : ticks;
        var allowed = $"Allowed: a whole number from 0 to {last}.";
        if (cell.Length == 0)
        {
            problems.Add(new(_file, line, Time, $"empty. {allowed}"));
            return -1;
        }

        if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new(_file, line, Time, $"'{ObservedReader.Clip(cell)}' is not a whole number. {allowed}"));
            return -1;
        }

        var tick = Time == "term" ? (long)value * _termWeeks : value;
        if (tick > ticks)
        {
            problems.Add(new(_file, line, Time, Time switch
            {
                "term" => $"{value} ends at week {tick} ({value} x {_termWeeks}), beyond the scenario's {ticks} ticks. {allowed}",
                "week" => $"{value} is beyond the scenario's {ticks} ticks (a tick is one week). {allowed}",
                _ => $"{value} is beyond the scenario's {ticks} ticks. {allowed}",
            }));
            return -1;
        }

        return (int)tick;
    }

    private static string Or(string[] names) => names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
}
