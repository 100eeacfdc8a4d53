using System.Diagnostics;
using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A progress bar on standard error: redrawn in place on a terminal, a line every 10 % when redirected
/// (CI logs), silent with --quiet. Shows ticks done, replicates done, rate and time left.
/// </summary>
public sealed class ProgressBar(TextWriter output, bool interactive, bool quiet) : IProgress<RunProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDraw = -1;
    private int _lastDecile = -1;

    public void Report(RunProgress value)
    {
        if (quiet || value.TicksTotal == 0)
        {
            return;
        }

        lock (_gate)
        {
            var fraction = (double)value.TicksDone / value.TicksTotal;
            var elapsed = _clock.Elapsed.TotalSeconds;
            var left = fraction > 0 ? elapsed / fraction - elapsed : double.NaN;
            var text = $"{(int)(fraction * 100),3}% {value.TicksDone}/{value.TicksTotal} ticks, {value.ReplicatesDone}/{value.Replicates} replicates, {value.TicksDone / Math.Max(elapsed, 1e-9):0.0} ticks/s, {Eta(left)} left";
            if (interactive)
            {
                var now = _clock.ElapsedMilliseconds;
                if (now - _lastDraw < 100 && value.TicksDone < value.TicksTotal)
                {
                    return;
                }

                _lastDraw = now;
                const int width = 30;
                var filled = (int)(fraction * width);
                output.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {text}   ");
                if (value.TicksDone == value.TicksTotal && value.ReplicatesDone == value.Replicates)
                {
                    output.WriteLine();
                }
            }
            else
            {
                var decile = (int)(fraction * 10);
                if (decile > _lastDecile)
                {
                    _lastDecile = decile;
                    output.WriteLine(text);
                }
            }
        }
    }

    private static string Eta(double seconds) =>
        double.IsNaN(seconds) ? "?" : seconds < 90 ? $"{seconds:0}s" : $"{seconds / 60:0.0}min";
}
