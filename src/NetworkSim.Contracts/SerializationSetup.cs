using System.Text.Json;
using Orleans.Serialization;

namespace NetworkSim.Contracts;

/// <summary>
/// The model's plain types (no Orleans attributes by design) cross silos through Orleans' System.Text.Json codec.
/// Inside a silo they are never copied, because every message that carries them is <c>[Immutable]</c>.
/// </summary>
public static class SerializationSetup
{
    public static ISerializerBuilder AddNetworkSimModel(this ISerializerBuilder builder) =>
        builder.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("NetworkSim.Model", StringComparison.Ordinal) == true,
            jsonSerializerOptions: new JsonSerializerOptions(JsonSerializerOptions.Default) { IncludeFields = true });
}
