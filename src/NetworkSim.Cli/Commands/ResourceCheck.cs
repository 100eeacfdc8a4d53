using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>Holds a scenario against this machine's memory and a day's run time before a silo starts; prints the warnings.</summary>
internal static class ResourceCheck
{
    public static void Apply(Scenario scenario, string path, int concurrent, bool strict)
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        foreach (var warning in ResourceGuard.Check(scenario, Path.GetFileName(path), concurrent, available, strict))
        {
            Console.Error.WriteLine($"warning: {warning}");
        }
    }
}
