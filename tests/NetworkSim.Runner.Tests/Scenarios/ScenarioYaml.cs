namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>A valid scenario text to start from; tests break one thing at a time.</summary>
public static class ScenarioYaml
{
    public const string Valid = """
        name: tiny
        seed: 3
        replicates: 2
        ticks: 10
        network:
          schools: [A, B, C, D]
          staff: {leader: 1, coach: 1, teacher: 4, staff: 1}
          team: {leader: 1, teacher: 1}
          structure: complete
        practices:
          - name: inquiry
            start: {schools: [A]}
        facilitators: {count: 1}
        schedule: {convening_every: 2, site_visits: [3], expert_input: [1]}
        parameters:
          trust: {growth: 0.1}
        """;
}
