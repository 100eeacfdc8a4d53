using System.Collections.Concurrent;
using NetworkSim.Contracts.Grains;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Grains;

/// <summary>
/// One <see cref="RunModel"/> per run per silo, shared by every grain of that run on the silo. The static network
/// is built from (scenario, seed) where it is needed instead of being shipped to every grain, and its contact graph
/// school by school as the silo's schools first read it (<see cref="NetworkSim.Model.Network.ContactSlices"/>), so a
/// silo holds the ties of the schools it hosts, not the whole graph.
/// </summary>
internal sealed class RunModelCache(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RunModel>>> _runs = new();

    public void Add(string runId, RunModel run) => _runs[runId] = new Lazy<Task<RunModel>>(Task.FromResult(run));

    public Task<RunModel> GetAsync(string runId) =>
        _runs.GetOrAdd(runId, id => new Lazy<Task<RunModel>>(() => LoadAsync(id))).Value;

    public void Remove(string runId) => _runs.TryRemove(runId, out _);

    public int Count => _runs.Count;

    /// <summary>Whether the silo still holds the run's model.</summary>
    public bool Holds(string runId) => _runs.ContainsKey(runId);

    private async Task<RunModel> LoadAsync(string runId)
    {
        var setup = await grains.GetGrain<IRunCoordinatorGrain>(runId).GetSetupAsync();
        return new RunModel(ScenarioJson.Deserialize(setup.ScenarioJson), setup.Seed, contactsPerSchool: true);
    }
}
