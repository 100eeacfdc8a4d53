using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Metrics;

/// <summary>docs/model.md's table of <c>timeseries.csv</c>'s metric columns and the models that compute each (the others leave it empty).</summary>
public static class MetricTable
{
    /// <summary>One row per metric, in column order: its name, what it is of, and the rule kinds that compute it.</summary>
    public static string Markdown()
    {
        var text = new System.Text.StringBuilder("| column | of | computed by |\n| --- | --- | --- |\n");
        foreach (var metric in MetricCatalog.Metrics)
        {
            var of = metric.Of == Quantities.None
                ? "adoption and the network"
                : string.Join(", ", Enum.GetValues<Quantities>().Where(q => q != Quantities.None && metric.Of.HasFlag(q)).Select(q => q.ToString().ToLowerInvariant()));
            var models = ParticipantRules.All.Where(r => (metric.Of & ~r.Holds) == 0).Select(r => ScenarioKeys.EnumKey(r.Kind.ToString())).ToArray();
            var by = models.Length == ParticipantRules.All.Count ? "every model" : string.Join(", ", models);
            text.Append($"| `{metric.Name}` | {of} | {by} |\n");
        }

        return text.ToString();
    }
}
