using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Cli.Hosting;

/// <summary>A sweep's progress bar (see <see cref="ProgressLine"/>): runs done, runs per second (of this session) and time left.</summary>
internal sealed class SweepProgressBar(TextWriter output, bool interactive, bool quiet) : IProgress<SweepProgress>
{
    private readonly ProgressLine _line = new(output, interactive, quiet);

    public void Report(SweepProgress value)
    {
        if (_line.Quiet || value.Total == 0)
        {
            return;
        }

        var fraction = (double)value.Done / value.Total;
        var rate = (value.Done - value.Resumed) / Math.Max(_line.Clock.Elapsed.TotalSeconds, 1e-9);
        var left = rate > 0 ? (value.Total - value.Done) / rate : double.NaN;
        var resumed = value.Resumed > 0 ? $" ({value.Resumed} already done)" : "";
        _line.Draw(fraction, $"{(int)(fraction * 100),3}% {value.Done}/{value.Total} runs{resumed}, {rate:0.0} runs/s, {ProgressLine.Eta(left)} left", value.Done == value.Total);
    }
}
