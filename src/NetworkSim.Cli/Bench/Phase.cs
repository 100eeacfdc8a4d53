using System.Diagnostics;

namespace NetworkSim.Cli.Bench;

/// <summary>What one phase of a run cost the whole process: wall time, CPU time (every thread), bytes allocated, garbage collections and their pauses.</summary>
internal sealed record Phase(double WallSeconds, double CpuSeconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double GcPauseSeconds)
{
    /// <summary>Runs <paramref name="body"/> and measures it.</summary>
    public static async Task<(Phase Phase, T Result)> MeasureAsync<T>(Func<Task<T>> body)
    {
        var cpu = Cpu();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = await body();
        var wall = clock.Elapsed.TotalSeconds;
        return (new Phase(wall, (Cpu() - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - paused).TotalSeconds), result);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
