using System.Text.RegularExpressions;

namespace NetworkSim.Model.Tests.Layout;

/// <summary>The layout the README's architecture section promises: a map a newcomer reads at a glance.</summary>
public class SourceLayoutTests
{
    public const int MaxLines = 300;
    public const double MaxPublicShare = 0.6;

    private static readonly Regex TopLevelType = new(
        @"^(?<access>public |internal |file )?(sealed |static |abstract |readonly |partial )*(record|class|struct|interface|enum)( struct| class)? (?<name>[A-Z][A-Za-z0-9_]*)",
        RegexOptions.Multiline);

    [Fact]
    public void Every_source_file_holds_one_type_named_after_it_in_at_most_300_lines()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var where = Path.GetRelativePath(RepositoryRoot.Path, file);
            var types = TopLevelType.Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToArray();
            if (types.Length > 1)
            {
                problems.Add($"{where} holds {types.Length} types: {string.Join(", ", types)}");
            }
            else if (types.Length == 1 && types[0] != Path.GetFileNameWithoutExtension(file))
            {
                problems.Add($"{where} holds {types[0]}");
            }

            var lines = File.ReadAllLines(file).Length;
            if (lines > MaxLines)
            {
                problems.Add($"{where} has {lines} lines");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Most_source_types_are_internal_and_public_only_where_another_project_needs_them()
    {
        var access = SourceFiles().SelectMany(f => TopLevelType.Matches(File.ReadAllText(f))).Select(m => m.Groups["access"].Value.Trim()).ToArray();

        var share = (double)access.Count(a => a == "public") / access.Length;

        Assert.True(access.Length > 400, $"only {access.Length} types found: the pattern no longer matches the sources");
        Assert.True(share <= MaxPublicShare, $"{share:P0} of {access.Length} types are public (at most {MaxPublicShare:P0}): make a type internal unless another project of src/ uses it");
    }

    private static IEnumerable<string> SourceFiles()
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal));
    }
}
