using Orleans.Serialization;

namespace NetworkSim.Contracts;

/// <summary>
/// The model's plain types carry no Orleans attributes by design; they cross silos through Orleans' generated
/// serializers all the same, by way of the surrogates in <c>Serialization/</c> (one per model type that travels,
/// each with explicit <c>[Id]</c>s and a registered converter). Inside a silo they are never copied, because every
/// message that carries them is <c>[Immutable]</c>.
/// </summary>
public static class SerializationSetup
{
    /// <summary>Registers this assembly's surrogates and converters (the silo finds them anyway; a bare client may not).</summary>
    public static ISerializerBuilder AddNetworkSimModel(this ISerializerBuilder builder) =>
        builder.AddAssembly(typeof(SerializationSetup).Assembly);
}
