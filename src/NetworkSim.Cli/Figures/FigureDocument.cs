using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Figures;

/// <summary>
/// A document's <see cref="FigureRegion"/>s: found, and replaced by new lines with everything else kept byte for byte.
/// The documents of a checkout are README.md, docs/*.md and scenarios/sweeps/*.yaml.
/// </summary>
internal sealed class FigureDocument
{
    private const string MarkdownOpen = "<!-- figures: ";
    private const string MarkdownClose = "<!-- /figures -->";
    private const string YamlOpen = "# figures: ";
    private const string YamlClose = "# /figures";

    private readonly string[] _lines;
    private readonly List<(FigureRegion Region, int Start, int End)> _regions = [];

    private FigureDocument(string path, string text)
    {
        Path = path;
        _lines = text.Split('\n');
        var yaml = path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (yaml ? !line.StartsWith(YamlOpen, StringComparison.Ordinal) : !(line.StartsWith(MarkdownOpen, StringComparison.Ordinal) && line.EndsWith(" -->", StringComparison.Ordinal)))
            {
                continue;
            }

            var command = yaml ? line[YamlOpen.Length..].Trim() : line[MarkdownOpen.Length..^" -->".Length].Trim();
            var end = Array.FindIndex(_lines, i + 1, l => l == (yaml ? YamlClose : MarkdownClose));
            if (end < 0)
            {
                throw new OutputException($"{path}:{i + 1}: a figures region without its closing '{(yaml ? YamlClose : MarkdownClose)}'.");
            }

            if (!command.StartsWith(FigureRegion.Program + " ", StringComparison.Ordinal))
            {
                throw new OutputException($"{path}:{i + 1}: '{command}' is not a networksim command. Allowed: figures: networksim <command> ...");
            }

            var inside = _lines[(i + 1)..end];
            if (!yaml && (inside.Length < 2 || inside[0] != "```text" || inside[^1] != "```"))
            {
                throw new OutputException($"{path}:{i + 1}: a figures region holds one ```text block. Allowed: the marker, ```text, the printed lines, ```, {MarkdownClose}.");
            }

            IReadOnlyList<string> printed = yaml
                ? [.. inside.Select(l => l.StartsWith("#   ", StringComparison.Ordinal) ? l[4..] : l.TrimStart('#').Trim())]
                : inside[1..^1];
            _regions.Add((new FigureRegion(path, i + 1, command, printed, yaml), i, end));
            i = end;
        }
    }

    public string Path { get; }

    public IReadOnlyList<FigureRegion> Regions => [.. _regions.Select(r => r.Region)];

    public static FigureDocument Read(string path) => new(path, File.ReadAllText(path));

    /// <summary>The documents of the checkout at <paramref name="root"/> that may hold figures, in a stable order.</summary>
    public static IReadOnlyList<string> Files(string root) =>
    [
        System.IO.Path.Combine(root, "README.md"),
        .. Directory.GetFiles(System.IO.Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal),
        .. Directory.GetFiles(System.IO.Path.Combine(root, "scenarios", "sweeps"), "*.yaml").Order(StringComparer.Ordinal),
    ];

    /// <summary>The document's text with each region's lines replaced by <paramref name="printed"/>'s (in region order).</summary>
    public string With(IReadOnlyList<IReadOnlyList<string>> printed)
    {
        var output = new List<string>();
        var next = 0;
        for (var r = 0; r < _regions.Count; r++)
        {
            var (region, start, end) = _regions[r];
            output.AddRange(_lines[next..start]);
            output.AddRange(region.Render(printed[r]).Split('\n'));
            next = end + 1;
        }

        output.AddRange(_lines[next..]);
        return string.Join('\n', output);
    }
}
