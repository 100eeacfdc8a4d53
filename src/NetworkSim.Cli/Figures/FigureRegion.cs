namespace NetworkSim.Cli.Figures;

/// <summary>
/// A region of a document whose figures a command printed, marked with that command so that
/// <c>networksim figures</c> can run it again and put what it printed in place (or, with <c>--check</c>, say where the
/// text no longer matches). In Markdown (README.md, docs/*.md):
/// <code>
/// &lt;!-- figures: networksim compare a.yaml b.yaml --explain --&gt;
/// ```text
/// ...the lines the command printed...
/// ```
/// &lt;!-- /figures --&gt;
/// </code>
/// In a YAML file's comments (scenarios/sweeps/*.yaml): <c># figures: networksim sweep x.yaml</c>, the printed lines
/// each as <c>#   line</c>, then <c># /figures</c>. The lines kept are the command's standard output without the lines
/// that name a results folder or a time (<c>Results: ...</c>, <c>Report: ...</c>, <c>Ran in ...</c>).
/// </summary>
/// <param name="File">The document.</param>
/// <param name="Line">The line of the opening marker, from 1.</param>
/// <param name="Command">The command as a reader types it, starting with <c>networksim</c>.</param>
/// <param name="Lines">The printed lines the document holds now.</param>
/// <param name="Yaml">Whether the region is in YAML comments rather than Markdown.</param>
public sealed record FigureRegion(string File, int Line, string Command, IReadOnlyList<string> Lines, bool Yaml)
{
    public const string Program = "networksim";

    /// <summary>The command's words after <c>networksim</c> (split at spaces: the commands take no quoted values).</summary>
    public IReadOnlyList<string> Arguments => Command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    /// <summary>The lines of a command's standard output that belong in the region.</summary>
    public static IReadOnlyList<string> Kept(string output) =>
        [.. output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("Results: ", StringComparison.Ordinal) && !l.StartsWith("Report: ", StringComparison.Ordinal) && !l.StartsWith("Ran in ", StringComparison.Ordinal))];

    /// <summary>The region as written in its document, with <paramref name="lines"/> inside.</summary>
    public string Render(IReadOnlyList<string> lines) => Yaml
        ? string.Join('\n', [$"# figures: {Command}", .. lines.Select(l => $"#   {l}"), "# /figures"])
        : string.Join('\n', [$"<!-- figures: {Command} -->", "```text", .. lines, "```", "<!-- /figures -->"]);
}
