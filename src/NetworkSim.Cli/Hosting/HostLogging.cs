using Microsoft.Extensions.Logging;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// The log of a silo or client host: one line per entry on the console, at NETWORKSIM_LOG's level (e.g. Information)
/// or the host's default, and nothing once the command is cancelled (Ctrl-C, SIGTERM): the command says what became
/// of its work in one line, and the errors of a start or of calls cut short by the cancellation are no news.
/// </summary>
internal static class HostLogging
{
    /// <summary>NETWORKSIM_LOG's level, or <paramref name="fallback"/> when it is unset or not a level.</summary>
    public static LogLevel FromEnvironment(LogLevel fallback) =>
        Environment.GetEnvironmentVariable("NETWORKSIM_LOG") is { } level && Enum.TryParse<LogLevel>(level, true, out var parsed) ? parsed : fallback;

    public static void Configure(ILoggingBuilder logging, LogLevel fallback, CancellationToken cancellation)
    {
        var level = FromEnvironment(fallback);
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.SetMinimumLevel(level);
        // A rule without a level of its own would let every level through (it replaces the minimum): keep it here.
        logging.AddFilter((_, _, entry) => entry >= level && !cancellation.IsCancellationRequested);
    }
}
