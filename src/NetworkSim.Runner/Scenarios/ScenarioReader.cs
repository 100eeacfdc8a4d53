using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using YamlDotNet.RepresentationModel;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Reads a scenario YAML file into a resolved <see cref="Scenario"/>, every default filled in.
/// All problems are collected and thrown together as a <see cref="ScenarioException"/>.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Participants beyond which a run is refused outright, whatever the memory.</summary>
    public const long MaxParticipants = 5_000_000;

    /// <summary>Tie ends (twice the ties) beyond which a run is refused outright: the contact arrays are indexed by int.</summary>
    public const long MaxTieEnds = int.MaxValue;

    /// <summary>Reads a scenario with <c>--set</c> overrides (<c>key.path=value</c>); warnings, if wanted, are added to <paramref name="warnings"/>.</summary>
    public static Scenario Load(string path, IEnumerable<string>? overrides = null, ICollection<ScenarioProblem>? warnings = null) =>
        Load(path, (overrides ?? []).Select(ScenarioOverride.FromSet), warnings);

    /// <summary>Reads a scenario with overrides from any option, each problem naming its option.</summary>
    public static Scenario Load(string path, IEnumerable<ScenarioOverride> overrides, ICollection<ScenarioProblem>? warnings)
    {
        var file = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new ScenarioException(new ScenarioProblem(path, null, "", "is a folder, not a scenario file. Allowed: a .yaml file, e.g. scenarios/workshop-demo.yaml."));
        }

        if (!System.IO.File.Exists(path))
        {
            throw new ScenarioException(new ScenarioProblem(path, null, "", "file not found."));
        }

        var root = YamlFile.Read(path, file);
        if (SweepFileShape.Problem(root, file) is { } sweep)
        {
            throw new ScenarioException(sweep);
        }

        var problems = new List<ScenarioProblem>();
        var origins = new Dictionary<YamlNode, string>(ReferenceEqualityComparer.Instance);
        Overrides.Apply(root, overrides, problems, origins);
        var scenario = Read(new YamlSection(file, "", root, problems, origins, warnings), Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path));
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return scenario;
    }

    private static Scenario Read(YamlSection root, string directory, string defaultName)
    {
        // The run's own keys (name, seed, replicates, ticks, stop.unchanged_for); the sections fill in the rest.
        var run = SpecReader.Read(root, new Scenario { Name = defaultName, Network = null!, Practices = [] });
        if (Output.FolderName.Problem(run.Name) is { } badName)
        {
            root.Problem("name", badName);
        }

        var network = NetworkReader.Read(root.Section("network"), directory);
        var rules = RulesReader.Read(root.Section("rules"));
        var practices = ReadPractices(root, network, rules);
        var facilitators = FacilitatorsReader.Read(root.Section("facilitators"), network, rules.Kind);
        if (network.ParticipantGraph.Imported is { TieTrust: not null } weighted && !ParticipantRules.For(rules.Kind).Holds.HasFlag(Quantities.Trust))
        {
            // Weights set initial trust, and only the networked-improvement model has trust.
            root.Warnings.Add(new ScenarioProblem(weighted.File, null, "weight", $"weights ignored: rules.kind: {YamlSection.EnumKey(rules.Kind.ToString())} has no trust (weights set initial trust in the networked-improvement model only)."));
        }

        var schedule = ReadSchedule(root.Section("schedule"));
        var parameters = ReadParameters(root.Section("parameters"));
        DeadParameters.Warn(root, network, facilitators, schedule, parameters, rules);
        root.Section("stop").RejectUnknownKeys();
        root.Take("cost"); // read by compare (Comparisons/CostReader): a funding figure, not a model input
        root.RejectUnknownKeys();
        CheckSize(root, network);
        return run with
        {
            Network = network,
            Practices = practices,
            Facilitators = facilitators,
            Schedule = schedule,
            Parameters = parameters,
            Rules = rules,
        };
    }

    private static List<PracticeSpec> ReadPractices(YamlSection root, NetworkDesign network, RuleSet rules)
    {
        // Each form of social proof reads its own key (mechanism 5); the other is accepted with a warning that it does nothing.
        var (unused, used) = rules.SocialProof == SocialProofForm.Share ? ("social_proof", "threshold") : ("threshold", "social_proof");
        var practices = new List<PracticeSpec>();
        foreach (var section in root.Sections("practices"))
        {
            var start = section.Section("start");
            var schools = start.Strings("schools");
            foreach (var school in schools.Where(s => !network.Schools.Contains(s)))
            {
                start.Problem("schools", $"{InputText.Quote(school)} is not a school of this network.{Suggestions.DidYouMean(school, network.Schools)} Allowed: {Names(network.Schools)}.");
            }

            var practice = SpecReader.Read(section, new PracticeSpec { Name = $"practice-{practices.Count + 1}" }) with
            {
                StartSchools = schools,
                StartIds = [.. start.Ints("ids", 0, int.MaxValue), .. StartNodes(start, network)],
            };
            var participants = network.Participants;
            foreach (var id in practice.StartIds.Where(id => id >= participants))
            {
                start.Problem("ids", $"participant {id} does not exist. Allowed: 0 to {participants - 1}.");
            }

            if (practice.StartCount > participants)
            {
                start.Problem("count", $"{practice.StartCount} initial adopters among {participants} participants. Allowed: at most {participants}.");
            }
            if (ParticipantRules.For(rules.Kind).Holds.HasFlag(Quantities.Trust) && section.Has(unused))
            {
                section.Warn(unused, $"has no effect: rules.social_proof is {YamlSection.EnumKey(rules.SocialProof.ToString())}, which reads {used}: instead.");
            }

            start.RejectUnknownKeys();
            section.RejectUnknownKeys();
            if (practices.Any(p => p.Name == practice.Name))
            {
                section.Problem("name", $"{InputText.Quote(practice.Name)} is used by two practices. Allowed: a name of its own.");
            }

            practices.Add(practice);
        }

        if (practices.Count == 0)
        {
            root.Problem("practices", "a scenario needs at least one practice. Allowed: a list of mappings with name:, complexity:, threshold:, visibility:, start:.");
        }
        else if (practices.Count > 64)
        {
            root.Problem("practices", $"{practices.Count} practices. Allowed: at most 64.");
        }

        return practices;
    }

    private static ScheduleSpec ReadSchedule(YamlSection section)
    {
        // Ticks past the end are allowed (they never come), so --ticks can shorten a scenario without editing it.
        var spec = SpecReader.Read(section, new ScheduleSpec());
        section.RejectUnknownKeys();
        return spec;
    }

    private static ModelParameters ReadParameters(YamlSection section)
    {
        var values = new Dictionary<string, double>();
        foreach (var group in ParameterCatalog.Groups)
        {
            var groupSection = section.Section(group);
            foreach (var p in ParameterCatalog.All.Where(p => p.Group == group))
            {
                var key = p.Key[(group.Length + 1)..];
                if (!groupSection.Has(key))
                {
                    groupSection.Take(key);
                    continue;
                }

                values[p.Key] = p.Declaration.Integer
                    ? groupSection.Int(key, (int)p.Default, (int)p.Declaration.Min, (int)p.Declaration.Max)
                    : groupSection.Double(key, p.Default, p.Declaration.Min, p.Declaration.Max);
            }

            groupSection.RejectUnknownKeys();
        }

        section.RejectUnknownKeys();
        return ParameterCatalog.Build(values);
    }

    /// <summary>
    /// Refuses designs beyond what the engine can index, whatever the machine (participants and tie ends are
    /// counted in 32-bit arrays). Memory and time on this machine are held by <see cref="ResourceGuard"/>.
    /// </summary>
    private static void CheckSize(YamlSection root, NetworkDesign network)
    {
        var participants = network.Participants;
        if (participants > MaxParticipants)
        {
            var what = network.ParticipantGraph.Imported is { } imported ? $"read from {imported.File}" : $"{network.SchoolCount:N0} schools x {network.Staff.Total} staff";
            root.Problem("network", $"{participants:N0} participants ({what}). Allowed: at most {MaxParticipants:N0}.");
            return;
        }

        var ends = ResourceEstimate.TieEndsOf(network);
        if (ends > MaxTieEnds)
        {
            root.Problem("network", $"about {ends / 2:N0} ties between {participants:N0} participants ({YamlSection.EnumKey(network.ParticipantGraph.Kind.ToString())} participant graph). Allowed: at most {MaxTieEnds / 2:N0} ties.");
        }
    }

    /// <summary><c>start.nodes</c>: initial adopters of an imported network by their original node ids, as participant indices.</summary>
    private static IEnumerable<int> StartNodes(YamlSection start, NetworkDesign network)
    {
        var nodes = start.Strings("nodes");
        if (nodes.Count == 0)
        {
            return [];
        }

        if (network.ParticipantGraph.Imported is not { } imported)
        {
            if (network.ParticipantGraph.Kind == ParticipantGraphKind.File)
            {
                return []; // the file itself could not be read, and says why
            }

            start.Problem("nodes", "is only read with participant_graph.kind: file (node ids of the network file). Allowed: ids: participant indices.");
            return [];
        }

        var index = imported.Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var found = new List<int>();
        foreach (var node in nodes)
        {
            if (index.TryGetValue(node, out var i))
            {
                found.Add(i);
            }
            else
            {
                start.Problem("nodes", $"{InputText.Quote(node)} is not a node of {imported.File}. Allowed: node ids of that file ({Names(imported.Ids)}).");
            }
        }

        return found;
    }

    internal static string Names(IReadOnlyList<string> names) =>
        names.Count <= 12 ? string.Join(", ", names.Select(InputText.Clip)) : $"{string.Join(", ", names.Take(12).Select(InputText.Clip))}, ... ({names.Count} in all)";
}
