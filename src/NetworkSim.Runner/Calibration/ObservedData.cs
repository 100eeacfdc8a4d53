namespace NetworkSim.Runner.Calibration;

/// <summary>The observations a calibration fits, as read from the observed CSV, in file order.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="TimeColumn">tick, week or term: how the file counts time.</param>
/// <param name="TermWeeks">With a term column: the weeks (ticks) in a term; otherwise 0.</param>
public sealed record ObservedData(string Path, string TimeColumn, int TermWeeks, IReadOnlyList<ObservedPoint> Points)
{
    public string File => System.IO.Path.GetFileName(Path);

    /// <summary>The last observed tick: a simulation needs to run no further to be compared.</summary>
    public int LastTick => Points.Max(p => p.Tick);

    /// <summary>The columns observed, in <see cref="ObservedColumn.All"/>'s order.</summary>
    public IReadOnlyList<ObservedColumn> Columns => ObservedColumn.All.Where(c => Points.Any(p => p.Column == c)).ToArray();
}
