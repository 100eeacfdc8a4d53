using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>What the table reports of one replicate.</summary>
public sealed record Outcome(double Network, double BackHome, double Half)
{
    public static Outcome Of(IReadOnlyList<TickMetrics> ticks)
    {
        var last = ticks[^1];
        var practices = last.Practices.Length;
        var home = last.Participants - last.Members;
        var network = last.Members == 0 ? 0 : Enumerable.Range(0, practices).Average(k => last.Total("member_adopters", k) / last.Members);
        var backHome = home == 0 ? 0 : Enumerable.Range(0, practices).Average(k => last.Value("adopters_back_home", k) / home);
        var half = ticks.FirstOrDefault(t => t.Members > 0 && Enumerable.Range(0, practices).Average(k => t.Total("member_adopters", k)) / t.Members >= 0.5)?.Tick ?? last.Tick + 1;
        return new Outcome(network, backHome, practices == 0 ? 0 : half);
    }
}
