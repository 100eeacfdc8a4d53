using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetworkSim.Analysis.Designs;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// A comparison of designs across plausible worlds: every design runs in every world with the same replicate seeds
/// (replicate r has one seed in every world and design: common random numbers). A world sets the varied behavioural
/// parameters (and the fixed ones) in each design; everything else is the design's own.
/// </summary>
/// <param name="Designs">The designs, in the order given.</param>
/// <param name="Parameters">The varied parameters (worlds.csv's parameter columns), with the range each was drawn from (a file's: its values' range).</param>
/// <param name="Worlds">The worlds, each with a value per varied parameter.</param>
/// <param name="Fixed">Parameters held at one value in every world (<c>--fix</c>).</param>
/// <param name="Seed">The seed of the worlds' draw and of every replicate.</param>
/// <param name="Replicates">Replicates of every design in every world.</param>
/// <param name="Source">Where the worlds come from, in words.</param>
public sealed record WorldsDefinition(
    IReadOnlyList<WorldDesign> Designs,
    IReadOnlyList<WorldParameter> Parameters,
    IReadOnlyList<World> Worlds,
    IReadOnlyList<KeyValuePair<string, double>> Fixed,
    ulong Seed,
    int Replicates,
    string Source)
{
    public long Runs => (long)Worlds.Count * Designs.Count * Replicates;

    public IReadOnlyList<string> Keys => Parameters.Select(p => p.Key).ToArray();

    /// <summary>N worlds by Latin hypercube over the parameters' ranges from <paramref name="seed"/>, labelled 0 to N − 1.</summary>
    public static IReadOnlyList<World> Draw(IReadOnlyList<WorldParameter> parameters, int count, ulong seed)
    {
        if (parameters.Count == 0)
        {
            return Enumerable.Range(0, count).Select(i => new World(i.ToString(CultureInfo.InvariantCulture), [])).ToArray();
        }

        var unit = LatinHypercube.UnitSample(count, parameters.Count, seed);
        return unit.Select((u, i) => new World(i.ToString(CultureInfo.InvariantCulture), parameters.Select((p, j) => p.At(u[j])).ToArray())).ToArray();
    }

    /// <summary>A world's value as runs.csv and worlds.csv write it: the shortest text that reads back as the same number, so the files hold what ran.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Design <paramref name="design"/> in world <paramref name="world"/>: its scenario with the fixed and the world's values set.</summary>
    public Scenario Scenario(int world, int design) => WorldSpace.Apply(Designs[design].Scenario, Fixed, Parameters, Worlds[world].Values);

    /// <summary>The runs: a point per world and design (point = world x designs + design), each with <see cref="WorldOutcomes"/>.</summary>
    public RunPlan Plan() => new(
        ["world", "design", .. Keys],
        Worlds.SelectMany((w, i) => Designs.Select((d, j) => new SweepPoint(i * Designs.Count + j, [w.Label, d.Name, .. w.Values.Select(Format)]))).ToArray(),
        Replicates,
        false,
        WorldOutcomes.Columns(Designs[0].Scenario.Practices),
        point => Scenario(point.Index / Designs.Count, point.Index % Designs.Count),
        WorldOutcomes.Values);

    /// <summary>What the runs depend on, hashed: the designs as read, the worlds, the fixed values, seed and replicates.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder("networksim-worlds-1\n");
        foreach (var design in Designs)
        {
            text.Append(ScenarioJson.Serialize(design.Scenario)).Append('\n').Append(JsonSerializer.Serialize(design.Cost)).Append('\n');
        }

        text.Append(string.Join('\u001f', Keys)).Append('\n');
        foreach (var world in Worlds)
        {
            text.Append(world.Label).Append('\u001f').Append(string.Join('\u001f', world.Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))).Append('\n');
        }

        text.Append(string.Join('\u001f', Fixed.Select(f => $"{f.Key}={f.Value.ToString("R", CultureInfo.InvariantCulture)}"))).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"{Seed}|{Replicates}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
