using System.Diagnostics;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// The one line a progress bar draws on standard error: redrawn in place on a terminal (at most ten times a
/// second), a line every 10 % when redirected (CI logs), nothing with --quiet. What the line says is its owner's.
/// </summary>
internal sealed class ProgressLine(TextWriter output, bool interactive, bool quiet)
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private long _lastDraw = -1;
    private int _lastDecile = -1;

    /// <summary>Time since the line was made, for rates and time left.</summary>
    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public bool Quiet => quiet;

    /// <param name="fraction">Share done, 0–1.</param>
    /// <param name="text">What the line says after the bar.</param>
    /// <param name="finished">The last report: drawn whatever the time, and the line is ended.</param>
    public void Draw(double fraction, string text, bool finished)
    {
        if (quiet)
        {
            return;
        }

        lock (_gate)
        {
            if (interactive)
            {
                var now = Clock.ElapsedMilliseconds;
                if (now - _lastDraw < 100 && !finished)
                {
                    return;
                }

                _lastDraw = now;
                var filled = (int)(Math.Clamp(fraction, 0, 1) * Width);
                output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {text}   ");
                if (finished)
                {
                    output.WriteLine();
                }
            }
            else
            {
                // The finished line is always written, so a log ends with the final counts (the last decile can
                // arrive before the last replicate is counted done).
                var decile = finished ? 11 : (int)(fraction * 10);
                if (decile > _lastDecile)
                {
                    _lastDecile = decile;
                    output.WriteLine(text);
                }
            }
        }
    }

    /// <summary>Time left as a person reads it.</summary>
    public static string Eta(double seconds) =>
        double.IsNaN(seconds) ? "?" : seconds < 90 ? $"{seconds:0}s" : $"{seconds / 60:0.0}min";
}
