using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// What a calibration saves after its runs so that a killed one resumes where it was: the engine's state, the
/// distance's column scales once generation 0 has set them, and until then the simulations generation 0 has done.
/// </summary>
internal sealed record CalibrationCheckpoint(string Engine, IReadOnlyDictionary<string, double>? Scales, IReadOnlyList<double[]> Pilot)
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CalibrationCheckpoint FromJson(string json) =>
        JsonSerializer.Deserialize<CalibrationCheckpoint>(json, Json) ?? throw new InvalidDataException("The saved calibration state is empty.");
}
