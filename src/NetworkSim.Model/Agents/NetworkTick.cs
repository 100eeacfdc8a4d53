using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>What happens in the network at a tick, as the coordinator announces it to every school.</summary>
/// <param name="Tick">The tick being computed (state t is read, t + 1 written).</param>
/// <param name="Convening">The network meets.</param>
/// <param name="ExpertInput">Facilitators bring in expert content.</param>
/// <param name="SiteVisit">Members visit a school that practises.</param>
/// <param name="NetworkMeanKnowledge">Mean knowledge of active network members per practice at t (for synthesis).</param>
/// <param name="PractisedInNetwork">Bit p set when practice p is practised anywhere at t (something to visit).</param>
/// <param name="NewTies">Ties brokered at this tick, in place from t + 1.</param>
/// <param name="AdoptionFraction">Share of all participants practising each practice at t (Bass).</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.NetworkTick")]
public sealed record NetworkTick(int Tick, bool Convening, bool ExpertInput, bool SiteVisit, double[] NetworkMeanKnowledge, ulong PractisedInNetwork, BrokeredTie[] NewTies, double[] AdoptionFraction);
