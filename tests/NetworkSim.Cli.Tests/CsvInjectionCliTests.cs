using System.Text;
using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Tests;

/// <summary>Names that a spreadsheet would run as formulas (OWASP "CSV injection") reach no CSV NetworkSim writes unescaped.</summary>
public class CsvInjectionCliTests
{
    private const string Design = """
        name: "NAME"
        replicates: 2
        ticks: 3
        network:
          schools: ["=HYPERLINK(\"http://x\")", "+B", "-C", "@D"]
          staff: {leader: 1, teacher: 2}
          team: {leader: 1, teacher: 1}
        practices:
          - name: "=SUM(1+1)"
            start: {schools: ["+B"], who: team}
        facilitators: {count: 1}
        """;

    [Fact]
    public async Task No_csv_cell_of_a_run_or_a_comparison_begins_a_formula_and_numbers_stay_numbers()
    {
        using var temp = new TempDirectory();
        var run = Path.Combine(temp.Path, "run");
        var compare = Path.Combine(temp.Path, "compare");
        var first = temp.Write("first.yaml", Design.Replace("NAME", "@first"));
        var second = temp.Write("second.yaml", Design.Replace("NAME", "-second").Replace("count: 1", "count: 0"));
        Assert.Equal(0, (await Cli.RunAsync("run", first, "--agents", "1", "--network", "--out", run)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("compare", first, second, "--out", compare, "--quiet")).ExitCode);

        var files = Directory.GetFiles(run, "*.csv").Concat(Directory.GetFiles(compare, "*.csv")).Order().ToArray();
        string[] expected = ["adoptions.csv", "agents.csv", "edges.csv", "runs.csv", "schools.csv", "timeseries.csv", "timeseries.csv"];
        Assert.Equal(expected, files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            foreach (var cell in File.ReadAllLines(file, Encoding.UTF8).SelectMany(Cells))
            {
                Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !Regex.IsMatch(cell, @"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"),
                    $"{file}: the cell {cell} would run as a formula");
            }
        }

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", File.ReadAllText(Path.Combine(run, "schools.csv")));
        Assert.Contains(",'=SUM(1+1),", File.ReadAllText(Path.Combine(run, "timeseries.csv")));
        Assert.StartsWith("design,replicate,seed,'=SUM(1+1).final_adoption,", File.ReadAllText(Path.Combine(compare, "runs.csv")));
        Assert.Contains("\n'-second,0,", File.ReadAllText(Path.Combine(compare, "runs.csv")));
    }

    /// <summary>The cells of a line as a spreadsheet sees them: RFC 4180 quotes removed, nothing else undone.</summary>
    private static IEnumerable<string> Cells(string line) =>
        Regex.Matches(line, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").Select(m => m.Groups[1].Value is ['"', .. var inner, '"'] ? inner.Replace("\"\"", "\"") : m.Groups[1].Value);
}
