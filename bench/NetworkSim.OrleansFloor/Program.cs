using System.Globalization;
using System.Runtime;
using NetworkSim.OrleansFloor;

// Orleans' floor on this machine: a run whose grains do nothing, called as a run calls its schools and participants.
//   dotnet run -c Release --project bench/NetworkSim.OrleansFloor -- --hubs 1000 --leaves 16 --ticks 50 --replicates 20
// prints what a steady tick, a participant call, an activation's memory and a further replicate's first tick cost.
Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

using var host = FloorSilo.Build();
await host.StartAsync();
var grains = host.Grains();

// Warm-up: every path compiled before anything is measured.
await ReplicateAsync(grains, 0, Math.Min(10, options.Hubs), options.Leaves, 10);

GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
var before = GC.GetTotalMemory(forceFullCollection: true);
var driver = grains.GetGrain<IDriverGrain>(FloorKeys.Run(1));
var first = await Cost.MeasureAsync(() => driver.TickAsync(0, options.Hubs, options.Leaves));
GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
var held = GC.GetTotalMemory(forceFullCollection: true) - before;
var activations = Live.Count;
var steady = await Cost.MeasureAsync(async () =>
{
    for (var t = 1; t <= options.Ticks; t++)
    {
        await driver.TickAsync(t, options.Hubs, options.Leaves);
    }
});
long peak;
using (var process = System.Diagnostics.Process.GetCurrentProcess())
{
    // As `networksim bench` reports it: the process's peak working set, here with every grain active.
    peak = process.PeakWorkingSet64;
}

var end = await Cost.MeasureAsync(async () =>
{
    await driver.EndAsync(options.Hubs, options.Leaves);
    await Live.NoneAsync();
});

var further = new List<Cost>();
for (var r = 2; r < 2 + options.Replicates; r++)
{
    var next = grains.GetGrain<IDriverGrain>(FloorKeys.Run(r));
    further.Add(await Cost.MeasureAsync(() => next.TickAsync(0, options.Hubs, options.Leaves)));
    await next.EndAsync(options.Hubs, options.Leaves);
    await Live.NoneAsync();
}

var calls = options.Hubs * options.Leaves;
var perTick = steady.CpuSeconds / options.Ticks;
var replicates = further.Select(c => c.CpuSeconds).Order().ToArray();
string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
Console.WriteLine($"Orleans floor: {options.Hubs} hubs x {options.Leaves} leaves ({calls:N0} leaf calls a tick), {activations:N0} activations, {Environment.ProcessorCount} cores");
Console.WriteLine($"  steady tick: {F(perTick * 1e3, "F2")} ms CPU ({options.Ticks} ticks; gen0/1/2 {steady.Gen0}/{steady.Gen1}/{steady.Gen2}, GC pause {F(steady.GcPauseSeconds / options.Ticks * 1e3, "F2")} ms a tick)");
Console.WriteLine($"  a leaf call: {F(perTick / calls * 1e6, "F2")} us CPU (the hub's call to it included)");
Console.WriteLine($"  an activation holds: {F((double)held / activations, "F0")} bytes (live heap after a full collection, {held / 1048576.0:F1} MiB for {activations:N0}); peak working set {peak / 1048576.0:N0} MiB");
Console.WriteLine($"  first tick (activates every grain): {F(first.CpuSeconds, "F3")} s CPU, {F(first.CpuSeconds / activations * 1e6, "F1")} us an activation; end (deactivates them): {F(end.CpuSeconds, "F3")} s");
if (replicates.Length > 0)
{
    Console.WriteLine($"  a further replicate's first tick: median {F(replicates[replicates.Length / 2], "F3")} s CPU, range {F(replicates[0], "F3")}-{F(replicates[^1], "F3")} s ({replicates.Length} replicates)");
}

await host.StopAsync();
return 0;

static async Task ReplicateAsync(IGrainFactory grains, int replicate, int hubs, int leaves, int ticks)
{
    var driver = grains.GetGrain<IDriverGrain>(FloorKeys.Run(replicate));
    for (var t = 0; t < ticks; t++)
    {
        await driver.TickAsync(t, hubs, leaves);
    }

    await driver.EndAsync(hubs, leaves);
    await Live.NoneAsync();
}
