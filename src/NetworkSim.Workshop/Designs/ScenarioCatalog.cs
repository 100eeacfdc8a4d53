using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Workshop.Designs;

/// <summary>
/// The scenarios the page may run: the one given to <c>serve</c> and the shipped ones in the scenarios folder
/// (its sweep files are not scenarios and are left out).
/// The page names them by id only, so it can never read any other file.
/// </summary>
internal sealed class ScenarioCatalog
{
    /// <summary>Participants a live run may have: the page stays responsive up to about this many.</summary>
    public const int MaxParticipants = 2_000;

    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <param name="scenario">The scenario given on the command line (offered first), or null.</param>
    /// <param name="folder">A folder of scenarios (e.g. the repository's <c>scenarios/</c>), or null.</param>
    public ScenarioCatalog(string? scenario, string? folder)
    {
        if (scenario is not null)
        {
            _paths[Path.GetFileName(scenario)] = Path.GetFullPath(scenario);
        }

        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var id = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (!_paths.Values.Contains(Path.GetFullPath(file)) && !SweepFileShape.IsSweepFile(file))
                {
                    _paths.TryAdd(id, Path.GetFullPath(file));
                }
            }
        }
    }

    public IReadOnlyList<string> Ids => [.. _paths.Keys];

    public string? DefaultId => _paths.Keys.FirstOrDefault(id => id == "workshop-demo.yaml") ?? _paths.Keys.FirstOrDefault();

    /// <summary>The file of an offered scenario, or null for an id that is not offered.</summary>
    public string? PathOf(string id) => _paths.GetValueOrDefault(id);

    /// <summary>Every offered scenario with the values the page's controls start from.</summary>
    public IReadOnlyList<OfferedScenario> Describe() => [.. _paths.Select(p => Describe(p.Key, p.Value))];

    private static OfferedScenario Describe(string id, string path)
    {
        try
        {
            var s = ScenarioReader.Load(path);
            var participants = s.Network.ParticipantCount;
            return new OfferedScenario(id, s.Name, s.Description, s.Seed, s.Ticks, s.Network.SchoolCount, participants, TeamChoice.Of(s.Network.Team),
                s.Facilitators.Count > 0, s.Facilitators.Capacity, s.Network.Diversity, s.Schedule.SiteVisits.Count > 0, s.Practices[0].Name,
                participants > MaxParticipants ? TooLarge(participants) : null);
        }
        catch (ScenarioException e)
        {
            return new OfferedScenario(id, Path.GetFileNameWithoutExtension(path), "", 0, 0, 0, 0, null, false, 0, 0, false, "", e.Problems[0].ToString());
        }
    }

    public static string TooLarge(int participants) =>
        $"{participants:N0} participants are too many for the live page. Allowed: at most {MaxParticipants:N0}; run larger designs with 'networksim run'.";
}
