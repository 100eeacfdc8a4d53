using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Network;
using NetworkSim.Model.Rules;

namespace NetworkSim.Grains;

/// <summary>A facilitator: keeps track of who is tied and still active, and brokers new ties at convenings.</summary>
public sealed class FacilitatorGrain(RunModelCache runs) : Grain, IFacilitatorGrain
{
    private RunModel? _run;
    private readonly HashSet<long> _tied = [];
    private readonly SortedSet<int> _active = [];

    public async Task<FacilitationPlan> PlanAsync(FacilitationInput input)
    {
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var run = _run ??= Load(await runs.GetAsync(runId));
        foreach (var dropped in input.DroppedOut)
        {
            _active.Remove(dropped);
        }

        foreach (var tie in input.NewTiesElsewhere)
        {
            _tied.Add(SchoolGraph.Key(tie.A, tie.B));
        }

        var network = run.Network;
        var covered = _active.Where(i => network.Facilitator[network.School[i]] == index).ToArray();
        var ties = BrokeringRule.Choose(run, index, input.Tick, covered, [.. _active], (a, b) => _tied.Contains(SchoolGraph.Key(a, b)));
        foreach (var tie in ties)
        {
            _tied.Add(SchoolGraph.Key(tie.A, tie.B));
        }

        return new FacilitationPlan(index, [.. ties]);
    }

    public Task EndAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private RunModel Load(RunModel run)
    {
        var network = run.Network;
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            if (!network.InNetwork[i])
            {
                continue;
            }

            _active.Add(i);
            foreach (var j in network.ContactsOf(i))
            {
                if (network.School[j] != network.School[i])
                {
                    _tied.Add(SchoolGraph.Key(i, j));
                }
            }
        }

        return run;
    }
}
