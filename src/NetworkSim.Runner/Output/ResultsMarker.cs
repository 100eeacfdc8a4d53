using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Output;

/// <summary>
/// The file NetworkSim writes into every results folder it makes. <c>--force</c> replaces a non-empty folder only
/// when it holds this marker, so it never deletes a folder of someone else's files. Each run's marker is unique,
/// so a run can tell whether the folder it was allowed to replace is still the one it saw when it started.
/// </summary>
public static class ResultsMarker
{
    public const string FileName = ".networksim-results";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Writes a new, unique marker into <paramref name="folder"/> and returns its text.</summary>
    public static string WriteInto(string folder)
    {
        var text = $"Results written by networksim (process {Environment.ProcessId}, run {Guid.NewGuid():N}) at {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC.\n" +
            "networksim --force may replace this folder; it replaces no folder without this file (other than an empty one).\n";
        File.WriteAllText(Path.Combine(folder, FileName), text);
        return text;
    }

    /// <summary>The marker's text, or null when <paramref name="folder"/> has none (or does not exist).</summary>
    public static string? Read(string folder)
    {
        try
        {
            return InputFile.ReadAllText(Path.Combine(folder, FileName), InputLimit.Marker);
        }
        catch (Exception e) when (e is InputFileException or IOException or UnauthorizedAccessException)
        {
            // Not there, or not a file NetworkSim could have written (a FIFO, a device, too large): no marker.
            return null;
        }
    }
}
