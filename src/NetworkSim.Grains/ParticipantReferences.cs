using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;

namespace NetworkSim.Grains;

/// <summary>
/// Grain references to one run's participants, for the school that calls them. The participant grains' type and
/// interface are resolved once: Orleans resolves an interface's type from its attributes on every
/// <c>GetGrain&lt;T&gt;</c> (formatting its name), a twentieth of a further replicate's start at n = 10,000, where a
/// school makes a reference for each participant it calls.
/// </summary>
internal sealed class ParticipantReferences(IGrainFactory grains, string runId)
{
    private (GrainType Type, GrainInterfaceType Interface)? _kind;

    /// <summary>The grain reference of the run's participant <paramref name="index"/>.</summary>
    public IParticipantGrain At(int index)
    {
        var (type, @interface) = _kind ??= Kind();
        return (IParticipantGrain)grains.GetGrain(GrainId.Create(type, GrainKeys.Participant(runId, index)), @interface);
    }

    private (GrainType Type, GrainInterfaceType Interface) Kind()
    {
        var reference = (GrainReference)grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(runId, 0));
        return (reference.GrainId.Type, reference.InterfaceType);
    }
}
