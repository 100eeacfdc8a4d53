using System.Diagnostics;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A sweep's progress on standard error: runs done, runs per second (of this session) and time left; redrawn in
/// place on a terminal, a line every 10 % when redirected, silent with --quiet.
/// </summary>
public sealed class SweepProgressBar(TextWriter output, bool interactive, bool quiet) : IProgress<SweepProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDraw = -1;
    private int _lastDecile = -1;

    public void Report(SweepProgress value)
    {
        if (quiet || value.Total == 0)
        {
            return;
        }

        lock (_gate)
        {
            var fraction = (double)value.Done / value.Total;
            var elapsed = Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
            var rate = (value.Done - value.Resumed) / elapsed;
            var left = rate > 0 ? (value.Total - value.Done) / rate : double.NaN;
            var resumed = value.Resumed > 0 ? $" ({value.Resumed} already done)" : "";
            var text = $"{(int)(fraction * 100),3}% {value.Done}/{value.Total} runs{resumed}, {rate:0.0} runs/s, {Eta(left)} left";
            if (interactive)
            {
                var now = _clock.ElapsedMilliseconds;
                if (now - _lastDraw < 100 && value.Done < value.Total)
                {
                    return;
                }

                _lastDraw = now;
                const int width = 30;
                var filled = (int)(fraction * width);
                output.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {text}   ");
                if (value.Done == value.Total)
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
