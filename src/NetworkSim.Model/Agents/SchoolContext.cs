using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>What a participant's rules read of its school and the network at tick t.</summary>
/// <param name="Network">The network-wide announcements.</param>
/// <param name="Support">The school's support for change at t.</param>
/// <param name="Institutionalised">Bit p set when the school has institutionalised practice p at t.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolContext")]
public sealed record SchoolContext(NetworkTick Network, double Support, ulong Institutionalised)
{
    public int Tick => Network.Tick;
}
