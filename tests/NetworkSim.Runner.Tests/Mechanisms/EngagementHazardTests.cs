using static NetworkSim.Runner.Tests.Mechanisms.ShippedRuns;

namespace NetworkSim.Runner.Tests.Mechanisms;

/// <summary>Mechanism 7: members drift away at different times, as a hazard, not all at once when knowledge saturates (000:L54).</summary>
public class EngagementHazardTests
{
    [Fact]
    public void Drop_out_times_differ_between_members_of_one_school()
    {
        var scenario = Load(Demo, "ticks=104");
        var schoolsWithTwo = 0;
        var allAtOnce = 0;
        for (var r = 0; r < 20; r++)
        {
            var left = new Dictionary<int, int>();
            var tick = 0;
            foreach (var states in States(scenario, r))
            {
                foreach (var s in states.Where(s => s.DroppedOut && !left.ContainsKey(s.Index)))
                {
                    left[s.Index] = tick;
                }

                tick++;
            }

            var model = new Model.Agents.RunModel(scenario, 1).Network;
            foreach (var school in left.GroupBy(p => model.School[p.Key]).Where(g => g.Count() >= 2))
            {
                schoolsWithTwo++;
                allAtOnce += school.Select(p => p.Value).Distinct().Count() == 1 ? 1 : 0;
            }
        }

        Assert.True(schoolsWithTwo >= 3, $"{schoolsWithTwo} school-replicates lost two or more members");
        Assert.True(allAtOnce <= schoolsWithTwo / 5, $"{allAtOnce} of {schoolsWithTwo} schools lost their members in the same week");
    }

    [Fact]
    public void Some_members_drift_away_within_two_years_and_no_twelve_weeks_take_three_quarters_of_them_even_over_four_years()
    {
        var twoYears = Runs(Load(Demo), 20);
        Assert.True(twoYears.Count(r => r[^1].Value("dropped_out") > 0) >= 10, "members drifted away in fewer than half the replicates");
        foreach (var run in Runs(Load(Demo, "ticks=208"), 20))
        {
            var members = run[0].Members;
            for (var t = 0; t + 12 < run.Count; t++)
            {
                var leaving = run[t + 12].Value("dropped_out") - run[t].Value("dropped_out");
                Assert.True(leaving < 0.75 * members, $"{leaving} of {members} members left between weeks {t} and {t + 12}");
            }
        }
    }
}
