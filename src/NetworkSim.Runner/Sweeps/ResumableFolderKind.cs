namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// What a resumable results folder (<see cref="SweepFolder"/>) holds, a sweep, a comparison across worlds or a
/// calibration: the hidden folder of its state and lock, and the words its refusals use.
/// </summary>
/// <param name="StateFolder">The hidden folder inside the results folder that holds the state and the lock.</param>
/// <param name="Busy">What may be writing a folder with this state folder: "sweep or comparison across worlds".</param>
/// <param name="Other">What the folder's path is followed by when it holds another definition's results.</param>
public sealed record ResumableFolderKind(string StateFolder, string Busy, string Other)
{
    private const string SweepOrWorlds = "sweep or comparison across worlds";

    public static readonly ResumableFolderKind Sweep = new(".sweep", SweepOrWorlds,
        "holds a sweep made from a different sweep file or base scenario, and was left as it is. " +
        "Allowed: the unchanged sweep file (to resume it), another --out folder, or --force to start it again.");

    public static readonly ResumableFolderKind Worlds = new(".sweep", SweepOrWorlds,
        "holds a comparison across worlds of other designs, worlds, seed or replicates, and was left as it is. " +
        "Allowed: the same command (to resume it), another --out folder, or --force to start it again.");

    public static readonly ResumableFolderKind Calibration = new(".calibration", "calibration",
        "holds a calibration made from a different scenario, observed data or settings, and was left as it is. " +
        "Allowed: the same command (to resume it), another --out folder, or --force to start it again.");
}
