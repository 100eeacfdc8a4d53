using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Hosting;

/// <summary>A run's progress bar (see <see cref="ProgressLine"/>): ticks done, replicates done, rate and time left.</summary>
internal sealed class ProgressBar(TextWriter output, bool interactive, bool quiet) : IProgress<RunProgress>
{
    private readonly ProgressLine _line = new(output, interactive, quiet);

    public void Report(RunProgress value)
    {
        if (_line.Quiet || value.TicksTotal == 0)
        {
            return;
        }

        var fraction = (double)value.TicksDone / value.TicksTotal;
        var elapsed = Math.Max(_line.Clock.Elapsed.TotalSeconds, 1e-9);
        var left = fraction > 0 ? elapsed / fraction - elapsed : double.NaN;
        _line.Draw(fraction,
            $"{(int)(fraction * 100),3}% {value.TicksDone}/{value.TicksTotal} ticks, {value.ReplicatesDone}/{value.Replicates} replicates, {value.TicksDone / elapsed:0.0} ticks/s, {ProgressLine.Eta(left)} left",
            value.TicksDone == value.TicksTotal && value.ReplicatesDone == value.Replicates);
    }
}
