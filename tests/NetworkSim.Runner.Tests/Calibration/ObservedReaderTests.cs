using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Calibration;

/// <summary>
/// The observed CSV: what is read (ticks from tick, week or term, shares per column, practice, school and n) and every
/// kind of bad input refused in one line naming the file, line and column.
/// </summary>
public class ObservedReaderTests
{
    private static readonly Scenario Demo = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, "scenarios", "workshop-demo.yaml"));
    private static readonly Scenario Chile = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, "scenarios", "chile-improvement-network.yaml"));

    private static ObservedData Read(string csv, Scenario? scenario = null, int termWeeks = 0)
    {
        using var temp = new TempDirectory();
        return ObservedReader.Read(temp.Write("observed.csv", csv), scenario ?? Demo, termWeeks);
    }

    private static string Refused(string csv, Scenario? scenario = null, int termWeeks = 0) =>
        Assert.Single(Assert.Throws<ScenarioException>(() => Read(csv, scenario, termWeeks)).Problems).ToString();

    [Fact]
    public void A_tidy_table_gives_one_observation_per_filled_cell_in_file_order()
    {
        var data = Read("tick,in_network,back_home,n\n13,0.5,,\n# a comment\n\n26,0.75,0.1,16\n");
        Assert.Equal(
            [
                new ObservedPoint(2, 13, ObservedColumn.InNetwork, 0, -1, 0, 0.5),
                new ObservedPoint(5, 26, ObservedColumn.InNetwork, 0, -1, 16, 0.75),
                new ObservedPoint(5, 26, ObservedColumn.BackHome, 0, -1, 16, 0.1),
            ],
            data.Points);
        Assert.Equal(26, data.LastTick);
        Assert.Equal([ObservedColumn.InNetwork, ObservedColumn.BackHome], data.Columns);
    }

    [Fact]
    public void Weeks_are_ticks_and_terms_end_at_their_last_week()
    {
        Assert.Equal(52, Read("Week,Adoption\n52,0.2\n").Points[0].Tick);
        Assert.Equal([13, 39], Read("term,adoption\n1,0.1\n3,0.3\n", termWeeks: 13).Points.Select(p => p.Tick));
    }

    [Fact]
    public void Practice_and_school_columns_name_them_as_the_scenario_does()
    {
        var data = Read("tick,practice,school,adoption\n10,formative-assessment,Hillcrest,0.25\n10,formative-assessment,,0.3\n");
        Assert.Equal([(0, 1), (0, -1)], data.Points.Select(p => (p.Practice, p.School)));
        Assert.Equal(1, Read("tick,practice,in_network\n10,formative-assessment,0.5\n", Chile).Points[0].Practice);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("observed.csv: empty. Allowed: a header naming the columns (tick, week or term, then any of adoption, in_network, back_home, schools_institutionalised, and optionally practice, school, n), then one row per time point.",
            Refused(""));
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        Assert.Equal("observed.csv:1: holds only its header, no observations. Allowed: one row per time point after the header, e.g. 26,0.4 under tick,adoption.",
            Refused("tick,adoption\n"));
    }

    [Fact]
    public void A_column_that_matches_nothing_is_named_with_the_closest_column()
    {
        Assert.Equal("observed.csv:1: adopton: matches no column NetworkSim compares. Did you mean 'adoption'? Allowed: tick, week, term, adoption, in_network, back_home, schools_institutionalised, practice, school, n.",
            Refused("tick,adopton\n1,0.2\n"));
    }

    [Fact]
    public void A_table_without_time_or_without_a_share_is_refused()
    {
        Assert.Equal("observed.csv:1: no time column. Allowed: one of tick, week (a tick is one week) or term (with --term-weeks N).", Refused("adoption\n0.2\n"));
        Assert.Equal("observed.csv:1: no column to compare. Allowed: at least one of adoption, in_network, back_home, schools_institutionalised.", Refused("tick,n\n1,20\n"));
        Assert.Equal("observed.csv:1: week: a second time column (tick is one already). Allowed: one of tick, week or term.", Refused("tick,week,adoption\n1,1,0.2\n"));
        Assert.Equal("observed.csv:1: adoption: named twice. Allowed: each column once.", Refused("tick,adoption,adoption\n1,0.2,0.2\n"));
        Assert.Equal("observed.csv:1: term: the length of a term is not given. Allowed: --term-weeks N (the weeks in a term, e.g. 13), or a tick or week column.", Refused("term,adoption\n1,0.2\n"));
    }

    [Fact]
    public void A_share_outside_zero_to_one_is_refused_with_its_line_and_column()
    {
        Assert.Equal("observed.csv:3: back_home: 1.2 is outside 0 to 1. Allowed: a share from 0 to 1 (45 % is 0.45), or an empty cell for no observation.",
            Refused("tick,in_network,back_home\n13,0.5,0.1\n26,0.75,1.2\n"));
        Assert.Equal("observed.csv:2: adoption: '45%' is not a number. Allowed: a share from 0 to 1 (45 % is 0.45), or an empty cell for no observation.",
            Refused("tick,adoption\n26,45%\n"));
    }

    [Fact]
    public void A_tick_beyond_the_scenario_is_refused()
    {
        Assert.Equal("observed.csv:2: tick: 120 is beyond the scenario's 104 ticks. Allowed: a whole number from 0 to 104.", Refused("tick,adoption\n120,0.5\n"));
        Assert.Equal("observed.csv:2: week: 105 is beyond the scenario's 104 ticks (a tick is one week). Allowed: a whole number from 0 to 104.", Refused("week,adoption\n105,0.5\n"));
        Assert.Equal("observed.csv:2: term: 9 ends at week 117 (9 x 13), beyond the scenario's 104 ticks. Allowed: a whole number from 0 to 8.", Refused("term,adoption\n9,0.5\n", termWeeks: 13));
        Assert.Equal("observed.csv:2: tick: '2.5' is not a whole number. Allowed: a whole number from 0 to 104.", Refused("tick,adoption\n2.5,0.5\n"));
        Assert.Equal("observed.csv:2: tick: empty. Allowed: a whole number from 0 to 104.", Refused("tick,adoption\n,0.5\n"));
    }

    [Fact]
    public void A_row_with_another_number_of_fields_is_refused()
    {
        Assert.Equal("observed.csv:2: 3 fields, but the header has 2. Allowed: tick,adoption.", Refused("tick,adoption\n1,0.2,0.3\n"));
    }

    [Fact]
    public void Practices_and_schools_the_scenario_does_not_have_are_refused()
    {
        Assert.Equal("observed.csv:2: practice: 'formative' is not a practice of the scenario. Allowed: formative-assessment.", Refused("tick,practice,adoption\n1,formative,0.2\n"));
        Assert.Equal("observed.csv:2: school: 'Hilcrest' is not a school of the scenario. Did you mean 'Hillcrest'? Allowed: Riverside, Hillcrest, Oakfield, Northgate, Westbrook, Lakeside, Greenway, Ashford, or an empty cell for the whole network.",
            Refused("tick,school,adoption\n1,Hilcrest,0.2\n"));
        Assert.Equal("observed.csv:1: no practice column, but the scenario has 2 practices. Allowed: a practice column naming collaborative-inquiry or formative-assessment on every row.",
            Refused("tick,adoption\n1,0.2\n", Chile));
        Assert.Equal("observed.csv:2: in_network: observed for one school (Oakfield). Allowed: per school only adoption; an empty school cell for the whole network's in_network.",
            Refused("tick,school,in_network\n1,Oakfield,0.2\n"));
    }

    [Fact]
    public void A_sample_size_must_be_a_whole_number_no_larger_than_what_the_share_counts()
    {
        Assert.Equal("observed.csv:2: n: 17 is more than the 16 network members in_network counts. Allowed: a whole number from 1 to 16, or an empty cell for everyone.",
            Refused("tick,in_network,n\n13,0.5,17\n"));
        Assert.Equal("observed.csv:2: n: '0' is not a sample size. Allowed: a whole number from 1 to 112, or an empty cell for everyone.", Refused("tick,adoption,n\n13,0.5,0\n"));
    }

    [Fact]
    public void The_same_share_observed_twice_at_one_tick_is_refused()
    {
        Assert.Equal("observed.csv:3: adoption: observed twice at tick 13 (also on line 2). Allowed: one value per tick, practice, school and column.",
            Refused("tick,adoption\n13,0.5\n13,0.6\n"));
    }

    [Fact]
    public void A_share_of_no_one_is_refused()
    {
        var everyoneInTheNetwork = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, "scenarios", "classic", "bass.yaml"));
        Assert.Equal("observed.csv:1: back_home: the scenario has no one back home (every participant is a network member). Allowed: adoption, in_network.",
            Refused("tick,back_home\n1,0.2\n", everyoneInTheNetwork));
    }

    [Fact]
    public void A_share_the_scenarios_model_does_not_compute_is_refused()
    {
        var bass = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, "scenarios", "classic", "bass.yaml"));
        Assert.Equal("observed.csv:1: schools_institutionalised: the bass model holds no school support, so it institutionalises nothing. Allowed: adoption, in_network.",
            Refused("tick,adoption,schools_institutionalised\n1,0.2,0.1\n", bass));
    }

    [Fact]
    public void A_table_whose_cells_are_all_empty_is_refused()
    {
        Assert.Equal("observed.csv: no observations: every share cell is empty. Allowed: at least one share from 0 to 1.", Refused("tick,adoption\n1,\n2,\n"));
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        Assert.Equal("nowhere.csv: file not found. Allowed: a CSV file of observations (see docs/calibration.md).",
            Assert.Single(Assert.Throws<ScenarioException>(() => ObservedReader.Read(Path.Combine(Path.GetTempPath(), "nowhere.csv"), Demo, 0)).Problems).ToString());
    }
}
