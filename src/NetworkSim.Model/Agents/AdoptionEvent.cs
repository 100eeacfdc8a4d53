using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>A participant took up (or gave up) a practice; <paramref name="Tick"/> is the first tick it held the new state.</summary>
/// <param name="Exposure">How many of its contacts practised it at the tick it decided.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.AdoptionEvent")]
public sealed record AdoptionEvent(int Tick, int Participant, int Practice, bool Adopted, int Exposure);
