using System.Reflection;
using System.Runtime.InteropServices;

namespace NetworkSim.Runner.Output;

/// <summary>What produced an output: program version and commit, runtime and machine.</summary>
public sealed record Provenance(string Program, string Version, string Commit, string Runtime, string Os, int Cores, string Command)
{
    public static Provenance Current(string command)
    {
        var informational = typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        var version = plus < 0 ? informational : informational[..plus];
        var commit = plus < 0 ? "unknown" : informational[(plus + 1)..];
        return new Provenance("networksim", version, commit, RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription, Environment.ProcessorCount, command);
    }
}
