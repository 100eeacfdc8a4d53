namespace NetworkSim.Runner.Output;

/// <summary>
/// A generated part of a hand-written document (docs/model.md): the text between a begin and an end marker, which a
/// command rewrites and nobody edits by hand.
/// </summary>
/// <param name="Begin">The line that opens the region, e.g. an HTML comment naming the command that writes it.</param>
/// <param name="End">The line that closes it.</param>
public sealed record MarkedRegion(string Begin, string End)
{
    /// <summary>The text between the markers, or null when the document has no such region.</summary>
    public string? Read(string document)
    {
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start ? document[(start + Begin.Length)..end] : null;
    }

    /// <summary>The document with the region's text replaced (or the region appended at the end when it has none).</summary>
    public string Replace(string document, string content)
    {
        var block = $"{Begin}\n{content}{End}";
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start
            ? document[..start] + block + document[(end + End.Length)..]
            : document.TrimEnd() + "\n\n" + block + "\n";
    }
}
