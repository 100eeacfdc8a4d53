using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// Everything an ABC-SMC calibration knows after any recorded proposal: the generation in progress and its
/// tolerance, the next proposal index, the particles accepted so far, the last complete population and the history.
/// Serialised with <see cref="ToJson"/> after a proposal and read back with <see cref="AbcSmc.Resume"/>, it continues
/// to the byte-identical result a run that was never stopped gives.
/// </summary>
public sealed class AbcSmcState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    [JsonConstructor]
    internal AbcSmcState()
    {
    }

    /// <summary>The settings this state belongs to, as JSON: a resume with other settings is refused.</summary>
    [JsonInclude]
    public string Fingerprint { get; internal set; } = "";

    /// <summary>The generation in progress (or the last one, once finished).</summary>
    [JsonInclude]
    public int Generation { get; internal set; }

    /// <summary>The tolerance of the generation in progress (+∞ in generation 0, which accepts every prior draw).</summary>
    [JsonInclude]
    public double Tolerance { get; internal set; } = double.PositiveInfinity;

    /// <summary>The index of the next proposal of this generation to record.</summary>
    [JsonInclude]
    public long NextProposal { get; internal set; }

    /// <summary>Simulations recorded so far, over all generations (proposals a caller ran but never recorded are not counted).</summary>
    [JsonInclude]
    public long RunsUsed { get; internal set; }

    /// <summary>Particles accepted so far in the generation in progress (weights are set when it completes).</summary>
    [JsonInclude]
    public List<Particle> Accepted { get; internal set; } = [];

    /// <summary>The last complete population, with normalised weights: the posterior sample once finished.</summary>
    [JsonInclude]
    public List<Particle> Population { get; internal set; } = [];

    [JsonInclude]
    public List<GenerationSummary> History { get; internal set; } = [];

    /// <summary>Why the calibration stopped, in words; null while it runs.</summary>
    [JsonInclude]
    public string? StopReason { get; internal set; }

    [JsonIgnore]
    public bool Finished => StopReason is not null;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    internal static AbcSmcState FromJson(string json) =>
        JsonSerializer.Deserialize<AbcSmcState>(json, Json) ?? throw new ArgumentException("The calibration state is empty.", nameof(json));

    internal static string FingerprintOf(AbcSmcSettings settings) => JsonSerializer.Serialize(
        new
        {
            Parameters = settings.Parameters.Select(p => new { p.Name, p.Low, p.High, Kind = p.Kind.ToString(), p.Mu, p.Sd }),
            settings.Particles,
            settings.Seed,
            settings.QuantileAlpha,
            settings.FinalTolerance,
            settings.MinAcceptanceRate,
            settings.MaxRuns,
            settings.MaxGenerations,
        },
        Json);
}
