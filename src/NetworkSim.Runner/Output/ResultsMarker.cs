using System.Text.RegularExpressions;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Output;

/// <summary>
/// The file NetworkSim writes into every results folder it makes, with the list of the files it wrote there (its
/// manifest). <c>--force</c> replaces a non-empty folder only when it holds this marker and nothing the list does not
/// name, so it never deletes a file or folder someone added. Each run's marker is unique, so a run can tell whether the
/// folder it was allowed to replace is still the one it saw when it started.
/// </summary>
internal static partial class ResultsMarker
{
    public const string FileName = ".networksim-results";

    /// <summary>The line after which the marker lists the files; a marker without it was written before markers had a list.</summary>
    private const string ListHeading = "Files:";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Writes a new, unique marker, listing no file yet, into <paramref name="folder"/> and returns its text.</summary>
    public static string WriteInto(string folder)
    {
        var text = $"Results written by networksim (process {Environment.ProcessId}, run {Guid.NewGuid():N}) at {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC.\n" +
            "networksim --force may replace this folder while it holds nothing but this file and the files listed below; " +
            "it replaces no folder without this file (other than an empty one).\n" + ListHeading + "\n";
        Write(folder, text);
        return text;
    }

    /// <summary>
    /// Adds <paramref name="names"/> (files or folders directly in <paramref name="folder"/>) to its marker's list. Called
    /// before a file is first written, so that whatever NetworkSim wrote is listed even if it is killed mid-way. A marker
    /// written before markers had a list is given one: the names older versions wrote that are there.
    /// </summary>
    public static void Add(string folder, IEnumerable<string> names)
    {
        var text = Read(folder) ?? WriteInto(folder);
        var listed = Listed(text) ?? Entries(folder).Where(e => OldOutput().IsMatch(e.Name)).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var added = false;
        foreach (var name in names.Where(n => n != FileName))
        {
            added |= listed.Add(name);
        }

        if (added || Listed(text) is null)
        {
            var head = text.Contains($"\n{ListHeading}\n", StringComparison.Ordinal) ? text[..(text.IndexOf($"\n{ListHeading}\n", StringComparison.Ordinal) + 1)] : text.TrimEnd('\n') + "\n";
            Write(folder, head + ListHeading + "\n" + string.Concat(listed.Order(StringComparer.Ordinal).Select(n => n + "\n")));
        }
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

    /// <summary>
    /// What <paramref name="folder"/> holds that NetworkSim did not write, in name order, folders ending in /: without a
    /// marker, everything; with one, whatever its list does not name (a listed name's <c>.tmp</c> left by a killed run
    /// counts as listed); with a marker written before markers had a list, whatever older versions never wrote.
    /// </summary>
    public static IReadOnlyList<string> Foreign(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var marker = Read(folder);
        var listed = marker is null ? null : Listed(marker);
        return Entries(folder)
            .Where(e => marker is null || !Ours(e.Name, listed))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => e.Folder ? e.Name + "/" : e.Name)
            .ToArray();
    }

    private static bool Ours(string name, HashSet<string>? listed)
    {
        if (name is FileName or FileName + ".tmp")
        {
            return true;
        }

        var written = name.EndsWith(".tmp.png", StringComparison.Ordinal) ? name[..^".tmp.png".Length]
            : name.EndsWith(".tmp", StringComparison.Ordinal) ? name[..^".tmp".Length]
            : name;
        return listed is null ? OldOutput().IsMatch(written) : listed.Contains(written);
    }

    /// <summary>The names the marker lists, or null for a marker written before markers had a list.</summary>
    private static HashSet<string>? Listed(string text)
    {
        var at = text.IndexOf($"\n{ListHeading}\n", StringComparison.Ordinal);
        return at < 0 ? null : text[(at + ListHeading.Length + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Entries directly in the folder; a link counts as a file whatever it points to.</summary>
    private static IEnumerable<(string Name, bool Folder)> Entries(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(e => (e.Name, e is DirectoryInfo && e.LinkTarget is null));

    private static void Write(string folder, string text)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>
    /// Every name NetworkSim wrote into a results folder before its marker listed them (runs, sweeps, comparisons,
    /// validation): the rule for an old marker. A fixed record of those versions, not of what NetworkSim writes now.
    /// </summary>
    [GeneratedRegex(@"\A(summary\.json|timeseries\.csv|report\.html|agents\.csv|schools\.csv|adoptions\.csv|edges\.csv|network(\.r\d+)?\.graphml" +
        @"|adoption\.png|network_vs_home\.png|schools\.png|trust_ties\.png|exposure\.png|runs\.csv|sweep\.json|response_\d+\.png|points\.png|heatmap\.png" +
        @"|effects\.png|\.sweep|compare\.json|curves\.png|forest\.png|validation\.csv|bass\.png|cascade\.png)\z")]
    private static partial Regex OldOutput();
}
