using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NetworkSim.Runner.Running;

/// <summary>
/// NetworkSim's OpenTelemetry instruments (System.Diagnostics, so they cost nothing unless a listener is attached,
/// e.g. <c>--telemetry console</c>): a trace per replicate with a span per tick, and metrics for ticks, ticks per
/// second, grain calls (per tick when counted in this process) and adoption.
/// </summary>
public static class RunTelemetry
{
    public const string Name = "NetworkSim";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Ticks = Meter.CreateCounter<long>("networksim.ticks", "{tick}", "Ticks done, over all replicates.");
    private static readonly Histogram<double> TickDuration = Meter.CreateHistogram<double>("networksim.tick.duration", "ms", "Wall time of one tick of one replicate.");
    private static readonly Counter<long> GrainCalls = Meter.CreateCounter<long>("networksim.grain.calls", "{call}", "Grain calls received by the silo in this process.");
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static long _ticks;
    private static long _grainCalls;
    private static double _adoption;

    static RunTelemetry()
    {
        Meter.CreateObservableGauge("networksim.ticks_per_second", () => Volatile.Read(ref _ticks) / Math.Max(1e-9, Clock.Elapsed.TotalSeconds), "{tick}/s", "Ticks done per second since the process started.");
        Meter.CreateObservableGauge("networksim.grain.calls_per_tick", () => Volatile.Read(ref _ticks) == 0 ? 0 : (double)Volatile.Read(ref _grainCalls) / Volatile.Read(ref _ticks), "{call}", "Grain calls per tick (0 on a client: its silos count the calls).");
        Meter.CreateObservableGauge("networksim.adoption", () => Volatile.Read(ref _adoption), "1", "Share of participants practising the first practice at the latest tick.");
    }

    /// <summary>Whether grain calls are counted (a filter on the silo in this process; off by default: it is on the tick path).</summary>
    public static bool CountGrainCalls { get; set; }

    public static void TickDone(double milliseconds, double adoption)
    {
        Interlocked.Increment(ref _ticks);
        Ticks.Add(1);
        TickDuration.Record(milliseconds);
        Volatile.Write(ref _adoption, adoption);
    }

    public static void GrainCalled()
    {
        Interlocked.Increment(ref _grainCalls);
        GrainCalls.Add(1);
    }
}
