using NetworkSim.Contracts.Messages;

namespace NetworkSim.Runner.Running;

/// <summary>Watches replicates as they run: asks for participant snapshots at chosen ticks and for the ties at the end.</summary>
public interface IRunObserver
{
    /// <summary>Whether to take a snapshot of every participant at this tick.</summary>
    bool WantsAgents(int tick, bool finished);

    Task OnAgentsAsync(int replicate, AgentsSnapshot snapshot);

    /// <summary>Whether to read this replicate's ties (with their trust) once it has finished.</summary>
    bool WantsTies(int replicate);

    Task OnTiesAsync(int replicate, AgentsSnapshot final, TieList ties);
}
