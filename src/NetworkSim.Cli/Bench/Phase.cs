using System.Diagnostics;

namespace NetworkSim.Cli.Bench;

/// <summary>What one phase of a run cost the whole process: wall time, CPU time (every thread) and bytes allocated.</summary>
public sealed record Phase(double WallSeconds, double CpuSeconds, long AllocatedBytes)
{
    /// <summary>Runs <paramref name="body"/> and measures it.</summary>
    public static async Task<(Phase Phase, T Result)> MeasureAsync<T>(Func<Task<T>> body)
    {
        var cpu = Cpu();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await body();
        var wall = clock.Elapsed.TotalSeconds;
        return (new Phase(wall, (Cpu() - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated), result);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
