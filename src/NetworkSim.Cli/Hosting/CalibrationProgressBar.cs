using System.Globalization;
using NetworkSim.Runner.Calibration;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A calibration's progress: one bar per generation (see <see cref="ProgressLine"/>), filled as its particles are
/// accepted, with its tolerance, the simulations it took and the acceptance rate; a generation ends its own line.
/// </summary>
internal sealed class CalibrationProgressBar(TextWriter output, bool interactive, bool quiet) : IProgress<CalibrationProgress>
{
    private ProgressLine? _line;
    private int _generation = -1;
    private long _sessionStart = -1;

    public void Report(CalibrationProgress value)
    {
        if (quiet)
        {
            return;
        }

        if (value.Generation != _generation || _line is null)
        {
            _line = new ProgressLine(output, interactive, quiet);
            _generation = value.Generation;
            _sessionStart = value.Proposals;
        }

        var rate = (value.Proposals - _sessionStart) / Math.Max(_line.Clock.Elapsed.TotalSeconds, 1e-9);
        var what = value.Generation == 0
            ? $"generation 0 (prior): {value.Accepted}/{value.Particles} runs"
            : string.Create(CultureInfo.InvariantCulture, $"generation {value.Generation}, tolerance {value.Tolerance:0.####}: {value.Accepted}/{value.Particles} accepted of {value.Proposals:N0} runs ({(value.Proposals == 0 ? 0 : 100.0 * value.Accepted / value.Proposals):0.#} %)");
        var resumed = value.Resumed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {value.Resumed:N0} done before resuming") : "";
        _line.Draw((double)value.Accepted / value.Particles, string.Create(CultureInfo.InvariantCulture, $"{what}, {rate:0.0} runs/s, {value.RunsUsed:N0} in all{resumed}"), value.Complete);
        if (value.Complete)
        {
            _line = null;
        }
    }
}
