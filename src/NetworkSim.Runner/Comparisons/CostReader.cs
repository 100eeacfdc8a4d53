using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Comparisons;

/// <summary>Reads a scenario file's optional <c>cost:</c> block; its problems name the file, line and key like the scenario's.</summary>
public static class CostReader
{
    public static CostSpec? Read(string path)
    {
        var file = Path.GetFileName(path);
        var problems = new List<ScenarioProblem>();
        var root = new YamlSection(file, "", YamlFile.Read(path, file), problems);
        if (!root.Has("cost"))
        {
            return null;
        }

        var cost = root.Section("cost");
        var currency = cost.String("currency", CostSpec.DefaultCurrency);
        if (!System.Text.RegularExpressions.Regex.IsMatch(currency, "^[A-Z]{3}$"))
        {
            cost.Problem("currency", $"'{currency}' is not a currency code. Allowed: three capital letters (ISO 4217), e.g. EUR, GBP, USD, CLP.");
        }

        var spec = new CostSpec(
            cost.Double("facilitator_week", 0, 0, 1e12),
            cost.Double("participant_day", 0, 0, 1e12),
            cost.Double("convening", 0, 0, 1e12),
            cost.Double("site_visit", 0, 0, 1e12),
            cost.Double("days_per_convening", 1, 0, 7),
            cost.Double("days_per_site_visit", 1, 0, 7),
            currency);
        cost.RejectUnknownKeys();
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return spec;
    }
}
