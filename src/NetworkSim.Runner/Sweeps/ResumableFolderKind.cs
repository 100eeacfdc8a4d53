namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// What a resumable results folder (<see cref="SweepFolder"/>) holds, a sweep or a calibration: the hidden folder of its
/// state, and the words its refusals use.
/// </summary>
/// <param name="StateFolder">The hidden folder inside the results folder that holds the state and the lock.</param>
/// <param name="Noun">What runs there: "sweep", "calibration".</param>
/// <param name="MadeFrom">What a different one is made from, for the refusal of a changed definition.</param>
/// <param name="Resume">What resumes it.</param>
public sealed record ResumableFolderKind(string StateFolder, string Noun, string MadeFrom, string Resume)
{
    public static readonly ResumableFolderKind Sweep = new(".sweep", "sweep", "a different sweep file or base scenario", "the unchanged sweep file");

    public static readonly ResumableFolderKind Calibration = new(".calibration", "calibration", "a different scenario, observed data or settings", "the same command");
}
