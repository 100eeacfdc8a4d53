using NetworkSim.Model.Agents;
using Orleans.Serialization;

// Orleans' code generator runs here, not in the model (which holds only the attributes): it writes the serializers
// of every model type marked [GenerateSerializer] into this assembly.
[assembly: GenerateCodeForDeclaringAssembly(typeof(RunModel))]

namespace NetworkSim.Contracts;

/// <summary>
/// The model's types that travel between silos carry Orleans' serialization attributes themselves
/// (<c>[GenerateSerializer]</c>, an <c>[Id]</c> on each field, from the abstractions package alone: no Orleans runtime
/// in the model); their serializers are generated into this assembly. Inside a silo they are never copied, because
/// every message that carries them is <c>[Immutable]</c>.
/// </summary>
public static class SerializationSetup
{
    /// <summary>Registers this assembly's generated serializers (the silo finds them anyway; a bare client may not).</summary>
    public static ISerializerBuilder AddNetworkSimModel(this ISerializerBuilder builder) =>
        builder.AddAssembly(typeof(SerializationSetup).Assembly);
}
