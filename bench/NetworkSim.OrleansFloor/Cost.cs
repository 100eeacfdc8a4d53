using System.Diagnostics;

namespace NetworkSim.OrleansFloor;

/// <summary>What a phase cost the whole process (every thread's CPU), and the collections in it: as `networksim bench` measures.</summary>
internal sealed record Cost(double CpuSeconds, int Gen0, int Gen1, int Gen2, double GcPauseSeconds)
{
    public static async Task<Cost> MeasureAsync(Func<Task> body)
    {
        var cpu = Cpu();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        await body();
        return new Cost((Cpu() - cpu).TotalSeconds, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - paused).TotalSeconds);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
