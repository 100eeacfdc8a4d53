using System.Text;
using NetworkSim.Model.Metrics;
using NetworkSim.Runner.Running;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Output;

/// <summary><c>timeseries.csv</c>: one tidy row per replicate x tick x practice.</summary>
public static class TimeseriesCsv
{
    public const string FileName = "timeseries.csv";

    public static readonly string[] Columns =
    [
        "replicate", "tick", "practice", "adopters", "adoption_fraction",
        "adopters_in_network", "adopters_back_home", "in_network_fraction", "back_home_fraction",
        "adopters_leader", "adopters_coach", "adopters_teacher", "adopters_staff",
        "schools_institutionalised", "mean_knowledge", "school_adoption_gini",
        "mean_trust", "ties", "brokered_ties", "mean_colleague_trust",
        "engaged_fraction", "mean_engagement", "dropped_out", "mean_support",
        "recovered", "mean_opinion", "opinion_clusters",
    ];

    public static string Write(ScenarioResults results)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append('\n');
        var practices = results.Scenario.Practices;
        foreach (var replicate in results.Replicates)
        {
            foreach (var tick in replicate.Ticks)
            {
                for (var k = 0; k < practices.Count; k++)
                {
                    AppendRow(text, replicate.Replicate, practices[k].Name, tick, k);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, int replicate, string practice, TickMetrics m, int k)
    {
        var p = m.Practices[k];
        var backHome = m.Participants - m.Members;
        string[] cells =
        [
            Number(replicate), Number(m.Tick), Quote(practice), Number(p.Adopters), Number(m.AdoptionFraction(k)),
            Number(p.MemberAdopters), Number(p.BackHomeAdopters),
            Number(m.Members == 0 ? 0 : (double)p.MemberAdopters / m.Members), Number(backHome == 0 ? 0 : (double)p.BackHomeAdopters / backHome),
            Number(p.RoleAdopters[0]), Number(p.RoleAdopters[1]), Number(p.RoleAdopters[2]), Number(p.RoleAdopters[3]),
            Number(p.SchoolsInstitutionalised), Number(p.MeanKnowledge), Number(p.SchoolAdoptionGini),
            Number(m.MeanTrust), Number(m.Ties), Number(m.BrokeredTies), Number(m.MeanColleagueTrust),
            Number(m.EngagedFraction), Number(m.MeanEngagement), Number(m.DroppedOut), Number(m.MeanSupport),
            Number(p.Recovered), Number(m.MeanOpinion), Number(m.OpinionClusters),
        ];
        text.Append(string.Join(',', cells)).Append('\n');
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
