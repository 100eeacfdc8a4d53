using System.CommandLine;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// <c>--telemetry console</c> or <c>--telemetry otlp=&lt;endpoint&gt;</c>: NetworkSim's metrics (every 10 s and at
/// the end) and its trace (a span per replicate, one per tick inside it), written to standard output by
/// OpenTelemetry's console exporter or sent to an OTLP collector over HTTP/protobuf.
/// </summary>
internal sealed class Telemetry : IDisposable
{
    private const string Allowed = "Allowed: console, or otlp=<endpoint> (an OTLP/HTTP collector, e.g. otlp=http://127.0.0.1:4318).";

    private const int ExportIntervalMilliseconds = 10_000;

    private readonly MeterProvider _meters;
    private readonly TracerProvider _traces;

    private Telemetry(MeterProvider meters, TracerProvider traces)
    {
        _meters = meters;
        _traces = traces;
    }

    public static Option<string?> CreateOption() => new("--telemetry") { Description = "Write OpenTelemetry metrics and a span per tick: console, or otlp=<endpoint> to send them to an OTLP/HTTP collector (e.g. otlp=http://127.0.0.1:4318)." };

    /// <summary>Starts the exporter asked for, or nothing; counts grain calls on a silo started afterwards in this process.</summary>
    public static Telemetry? Start(string? kind)
    {
        if (kind is null)
        {
            return null;
        }

        var meters = Sdk.CreateMeterProviderBuilder().AddMeter(RunTelemetry.Name);
        var traces = Sdk.CreateTracerProviderBuilder().AddSource(RunTelemetry.Name);
        if (kind == "console")
        {
            meters.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = ExportIntervalMilliseconds);
            traces.AddConsoleExporter();
        }
        else if (kind.StartsWith("otlp=", StringComparison.Ordinal))
        {
            var endpoint = OtlpEndpoint(kind);
            meters.AddOtlpExporter((exporter, reader) =>
            {
                Configure(exporter, endpoint, "v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = ExportIntervalMilliseconds;
            });
            traces.AddOtlpExporter(exporter => Configure(exporter, endpoint, "v1/traces"));
        }
        else
        {
            throw new OutputException($"--telemetry {kind}: {Allowed}");
        }

        RunTelemetry.CountGrainCalls = true;
        return new Telemetry(meters.Build(), traces.Build());
    }

    /// <summary>Exports what is left (the last metrics and spans) and stops.</summary>
    public void Dispose()
    {
        _traces.Dispose();
        _meters.Dispose();
    }

    /// <summary>The collector's base address: http or https, a host, no query; a path is kept and the signal's path added to it.</summary>
    private static Uri OtlpEndpoint(string kind)
    {
        var text = kind["otlp=".Length..];
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new OutputException($"--telemetry {kind}: not an http:// or https:// address of an OTLP collector. {Allowed}");
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>
    /// OTLP over HTTP/protobuf to the signal's own path: an endpoint set in code is used as it is, so the exporter
    /// would not add <c>v1/traces</c> itself as it does for OTEL_EXPORTER_OTLP_ENDPOINT.
    /// </summary>
    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, string signal)
    {
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        exporter.Endpoint = new Uri(endpoint, signal);
        // An unreachable collector delays the end of a command by at most this much per signal, never fails it.
        exporter.TimeoutMilliseconds = 5_000;
    }
}
