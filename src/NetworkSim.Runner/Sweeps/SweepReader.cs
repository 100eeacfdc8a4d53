using System.Globalization;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;
using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// Reads a sweep file: <c>base:</c> (a scenario file, relative to the sweep), <c>seed:</c>, <c>replicates:</c>,
/// <c>set:</c> (fixed changes), <c>design:</c>, <c>parameters:</c> (key path to a list of values or a
/// <c>{min, max}</c> range), <c>samples:</c>, <c>points:</c>, <c>centre:</c> and <c>timeseries:</c>. Every point is
/// then read as the base scenario with its values set, so a swept key is checked exactly like the file; a problem
/// names the sweep file and the point (or <c>set</c>, or the end of a range).
/// </summary>
public static class SweepReader
{
    /// <summary>Points beyond which a sweep is refused before anything is expanded.</summary>
    public const long MaxPoints = 100_000;

    public static SweepDefinition Load(string path, ICollection<ScenarioProblem>? warnings = null)
    {
        var file = Path.GetFileName(path);
        if (!System.IO.File.Exists(path))
        {
            throw new ScenarioException(new ScenarioProblem(path, null, "", Directory.Exists(path) ? "is a folder, not a sweep file. Allowed: a .yaml file, e.g. scenarios/sweeps/diversity-x-trust-growth.yaml." : "file not found."));
        }

        var problems = new List<ScenarioProblem>();
        var yaml = YamlFile.Read(path, file);
        if (SweepFileShape.ScenarioGivenAsSweep(yaml, file) is { } scenario)
        {
            throw new ScenarioException(scenario);
        }

        var root = new YamlSection(file, "", yaml, problems);
        var name = root.String("name", Path.GetFileNameWithoutExtension(path));
        var basePath = root.String("base", "");
        var seedGiven = root.Has("seed");
        var seed = root.ULong("seed", 1);
        var replicatesGiven = root.Has("replicates");
        var replicates = root.Int("replicates", 10, 1, 10_000);
        var design = root.Enum("design", SweepDesign.Grid);
        var samples = root.Int("samples", 0, 0, (int)MaxPoints);
        var timeseries = root.Bool("timeseries", true);
        var fixedValues = SweepYaml.Assignments(root, "set", problems);
        var parameters = SweepYaml.Parameters(root, problems);
        var pointsNode = root.Take("points");
        var centreNode = root.Take("centre");
        root.RejectUnknownKeys();
        if (basePath.Length == 0)
        {
            problems.Add(new ScenarioProblem(file, null, "base", "missing. Allowed: the path of a scenario file, relative to the sweep file, e.g. base: ../workshop-demo.yaml."));
        }

        // The sweep's own seed: and replicates: decide these for every point (common random numbers).
        foreach (var key in parameters.Select(p => p.Key).Concat(fixedValues.Select(kv => kv.Key)).Where(k => k is "seed" or "replicates"))
        {
            problems.Add(new ScenarioProblem(file, null, key, $"is set by the sweep's own {key}: for every point, not swept or set. Allowed: {key}: at the top of the sweep file."));
        }

        Throw(problems);
        var points = Expand(root, design, parameters, samples, seed, pointsNode, centreNode, problems, out parameters);
        Throw(problems);
        var resolvedBase = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, basePath));
        var fixedSet = fixedValues.Select(kv => $"{kv.Key}={kv.Value}").ToArray();
        var baseScenario = LoadPoint(resolvedBase, fixedSet, $"{file}: set", warnings);
        var definition = new SweepDefinition(name, file, resolvedBase, seedGiven ? seed : baseScenario.Seed,
            replicatesGiven ? replicates : baseScenario.Replicates, design, fixedValues, parameters, points, timeseries);
        return definition with { Largest = CheckPoints(definition, parameters) };
    }

    /// <summary>The scenario of one point: the base with the fixed changes, the point's values, the sweep seed and replicates.</summary>
    public static Scenario Scenario(SweepDefinition sweep, SweepPoint point) =>
        LoadPoint(sweep.BasePath, Overrides(sweep, sweep.Assignments(point)), $"{sweep.File}: point {point.Index}", null);

    /// <summary>The base scenario as every point starts from it.</summary>
    public static Scenario BaseScenario(SweepDefinition sweep) => LoadPoint(sweep.BasePath, Overrides(sweep, []), $"{sweep.File}: set", null);

    private static string[] Overrides(SweepDefinition sweep, IEnumerable<string> point) =>
    [
        .. sweep.Fixed.Select(kv => $"{kv.Key}={kv.Value}"),
        .. point,
        $"seed={sweep.Seed.ToString(CultureInfo.InvariantCulture)}",
        $"replicates={sweep.Replicates.ToString(CultureInfo.InvariantCulture)}",
    ];

    /// <summary>
    /// Reads every point (and both ends of every range) and reports each distinct problem once, at its first point;
    /// returns the point scenario with the most participant-ticks, for the resource guard.
    /// </summary>
    private static Scenario? CheckPoints(SweepDefinition sweep, IReadOnlyList<SweepParameter> parameters)
    {
        Scenario? largest = null;
        var problems = new List<ScenarioProblem>();
        var seen = new HashSet<(string, string)>();
        void Check(IEnumerable<string> assignments, string where)
        {
            try
            {
                var scenario = LoadPoint(sweep.BasePath, Overrides(sweep, assignments), where, null);
                if (largest is null || Size(scenario) > Size(largest))
                {
                    largest = scenario;
                }
            }
            catch (ScenarioException e)
            {
                problems.AddRange(e.Problems.Where(p => seen.Add((p.Field, p.Message))));
            }
        }

        foreach (var p in parameters.Where(p => p.IsRange))
        {
            Check([$"{p.Key}={DesignExpansion.Value(p, 0)}"], $"{sweep.File}: parameters.{p.Key}.min");
            Check([$"{p.Key}={(p.Integer ? p.Max.ToString(CultureInfo.InvariantCulture) : Output.CsvFormat.Number(p.Max))}"], $"{sweep.File}: parameters.{p.Key}.max");
        }

        // A range that fails at one end fails at the points near it: those would only repeat the problem.
        Throw(problems);
        foreach (var point in sweep.Points)
        {
            Check(sweep.Assignments(point), $"{sweep.File}: point {point.Index}");
            if (problems.Count >= 20)
            {
                break;
            }
        }

        Throw(problems);
        return largest;
    }

    private static double Size(Scenario s) => (double)s.Network.ParticipantCount * s.Ticks;

    /// <summary>Every problem names the sweep file and the point (or <c>set</c>) that caused it.</summary>
    private static Scenario LoadPoint(string basePath, IEnumerable<string> overrides, string where, ICollection<ScenarioProblem>? warnings)
    {
        try
        {
            return ScenarioReader.Load(basePath, overrides, warnings);
        }
        catch (ScenarioException e)
        {
            // A problem the point's values cause in the base file (a start school a smaller network lacks) names both.
            throw new ScenarioException(e.Problems.Select(p => p with { File = p.File == ScenarioOverride.Set ? where : $"{where}: {p.File}" }).ToArray());
        }
    }

    private static IReadOnlyList<SweepPoint> Expand(YamlSection root, SweepDesign design, IReadOnlyList<SweepParameter> parameters, int samples, ulong seed,
        YamlNode? pointsNode, YamlNode? centreNode, List<ScenarioProblem> problems, out IReadOnlyList<SweepParameter> columns)
    {
        columns = parameters;
        var ranged = design is SweepDesign.Random or SweepDesign.LatinHypercube;
        if (design != SweepDesign.List && parameters.Count == 0)
        {
            problems.Add(new ScenarioProblem(root.File, null, "parameters", "no parameter to sweep. Allowed: a mapping of scenario key paths to values, e.g. network.diversity: [0.2, 0.5, 0.8]."));
            return [];
        }

        if (ranged && samples < 1)
        {
            root.Problem("samples", $"missing for design {YamlSection.EnumKey(design.ToString())}. Allowed: the number of points to draw, 1 to {MaxPoints:N0}.");
        }

        if (design is not SweepDesign.List && pointsNode is not null)
        {
            root.Problem("points", $"is read only by design: list. Allowed here: parameters:.");
        }

        if (design is not SweepDesign.OneAtATime && centreNode is not null)
        {
            root.Problem("centre", $"is read only by design: one-at-a-time.");
        }

        foreach (var p in parameters.Where(p => p.IsRange != ranged))
        {
            root.Problem($"parameters.{p.Key}", ranged
                ? $"a list of values, but design {YamlSection.EnumKey(design.ToString())} samples a range. Allowed: {{min: ..., max: ...}}."
                : $"a range, but design {YamlSection.EnumKey(design.ToString())} takes values. Allowed: a list of values, e.g. [0.2, 0.5, 0.8].");
        }

        if (problems.Count > 0)
        {
            return [];
        }

        switch (design)
        {
            case SweepDesign.Grid:
                var size = parameters.Aggregate(1.0, (n, p) => n * p.Values.Count);
                if (size > MaxPoints)
                {
                    root.Problem("parameters", $"a grid of {size:N0} points. Allowed: at most {MaxPoints:N0} (use design: latin-hypercube to sample a large space).");
                    return [];
                }

                return DesignExpansion.Grid(parameters);
            case SweepDesign.Random:
                return DesignExpansion.Random(parameters, samples, seed);
            case SweepDesign.LatinHypercube:
                return DesignExpansion.LatinHypercube(parameters, samples, seed);
            case SweepDesign.OneAtATime:
                var centre = SweepYaml.Assignments(root, "centre", problems).ToDictionary(kv => kv.Key, kv => kv.Value);
                foreach (var key in centre.Keys.Where(k => parameters.All(p => p.Key != k)))
                {
                    root.Problem($"centre.{key}", $"is not a swept parameter. Allowed: {string.Join(", ", parameters.Select(p => p.Key))}.");
                }

                // Without a centre, each parameter's middle value (the lower middle of an even list).
                return DesignExpansion.OneAtATime(parameters, parameters.Select(p => centre.GetValueOrDefault(p.Key) ?? p.Values[(p.Values.Count - 1) / 2]).ToArray());
            default:
                return SweepYaml.ListPoints(root, pointsNode, problems, out columns);
        }
    }

    private static void Throw(List<ScenarioProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }
    }
}
