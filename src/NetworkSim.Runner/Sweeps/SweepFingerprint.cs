using System.Security.Cryptography;
using System.Text;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// What a sweep's results depend on, hashed: the resolved base scenario, the swept keys and every point's values,
/// replicates, seed and outputs. Comments and layout of the sweep file do not count; a changed base scenario does.
/// </summary>
public static class SweepFingerprint
{
    public static string Of(SweepDefinition sweep, Scenario baseScenario)
    {
        var text = new StringBuilder("networksim-sweep-1\n");
        text.Append(ScenarioJson.Serialize(baseScenario)).Append('\n');
        text.Append(string.Join('\u001f', sweep.Keys)).Append('\n');
        foreach (var point in sweep.Points)
        {
            text.Append(string.Join('\u001f', point.Values)).Append('\n');
        }

        text.Append($"{sweep.Seed}|{sweep.Replicates}|{sweep.Timeseries}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
