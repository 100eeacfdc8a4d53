using System.Diagnostics;

namespace NetworkSim.Cli.Bench;

/// <summary>
/// What one phase of a run cost the whole process: wall time, CPU time (every thread), bytes allocated, garbage
/// collections and their pauses, and the methods compiled in it and the time that took (a method is compiled at its
/// first call, and the runtime compiles a much-called one again, optimised further; the runtime times each compilation
/// by the clock and sums over threads, so on a loaded machine the time can exceed the phase's CPU time).
/// </summary>
internal sealed record Phase(double WallSeconds, double CpuSeconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double GcPauseSeconds, double JitSeconds = 0, long JitMethods = 0)
{
    /// <summary>Nothing measured yet: the start of a sum.</summary>
    public static Phase None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Two phases together (replicates measured one after another).</summary>
    public static Phase operator +(Phase a, Phase b) => new(a.WallSeconds + b.WallSeconds, a.CpuSeconds + b.CpuSeconds, a.AllocatedBytes + b.AllocatedBytes,
        a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.GcPauseSeconds + b.GcPauseSeconds, a.JitSeconds + b.JitSeconds, a.JitMethods + b.JitMethods);

    /// <summary>
    /// A full, blocking, compacting collection, measured: run before the steady ticks, so that they are charged for
    /// the collections their own allocation brings, not for collecting what the setup and the first tick left (which
    /// of them a collection fell in otherwise decided a workload's figure).
    /// </summary>
    public static async Task<Phase> FullCollectionAsync() => (await MeasureAsync(() =>
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return Task.FromResult(0);
    })).Phase;

    /// <summary>Runs <paramref name="body"/> and measures it.</summary>
    public static async Task<(Phase Phase, T Result)> MeasureAsync<T>(Func<Task<T>> body)
    {
        var cpu = Cpu();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var compiling = System.Runtime.JitInfo.GetCompilationTime();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var clock = Stopwatch.StartNew();
        var result = await body();
        var wall = clock.Elapsed.TotalSeconds;
        return (new Phase(wall, (Cpu() - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - paused).TotalSeconds,
            (System.Runtime.JitInfo.GetCompilationTime() - compiling).TotalSeconds, System.Runtime.JitInfo.GetCompiledMethodCount() - compiled), result);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
