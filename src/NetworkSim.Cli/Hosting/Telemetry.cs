using System.CommandLine;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// <c>--telemetry console</c>: NetworkSim's metrics (every 10 s and at the end) and its trace (a span per
/// replicate, one per tick inside it) written to standard output by OpenTelemetry's console exporter.
/// </summary>
public sealed class Telemetry : IDisposable
{
    private readonly MeterProvider _meters;
    private readonly TracerProvider _traces;

    private Telemetry(MeterProvider meters, TracerProvider traces)
    {
        _meters = meters;
        _traces = traces;
    }

    public static Option<string?> CreateOption() => new("--telemetry") { Description = "Write OpenTelemetry metrics and a span per tick: console." };

    /// <summary>Starts the exporter asked for, or nothing; counts grain calls on a silo started afterwards in this process.</summary>
    public static Telemetry? Start(string? kind)
    {
        switch (kind)
        {
            case null:
                return null;
            case "console":
                RunTelemetry.CountGrainCalls = true;
                var meters = Sdk.CreateMeterProviderBuilder()
                    .AddMeter(RunTelemetry.Name)
                    .AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 10_000)
                    .Build();
                var traces = Sdk.CreateTracerProviderBuilder().AddSource(RunTelemetry.Name).AddConsoleExporter().Build();
                return new Telemetry(meters, traces);
            default:
                throw new OutputException($"--telemetry {kind}: Allowed: console.");
        }
    }

    /// <summary>Exports what is left (the last metrics) and stops.</summary>
    public void Dispose()
    {
        _traces.Dispose();
        _meters.Dispose();
    }
}
