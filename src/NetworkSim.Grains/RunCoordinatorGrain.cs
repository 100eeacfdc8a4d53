using System.Diagnostics;
using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Grains;

/// <summary>
/// Coordinates one run: announces each tick, waits for every school (the tick barrier), lets facilitators broker
/// at convenings and adds the schools' tallies into the run's metrics. Timing is measured here, in one place.
/// </summary>
public sealed class RunCoordinatorGrain(RunModelCache runs) : Grain, IRunCoordinatorGrain
{
    private RunSetup? _setup;
    private RunModel? _run;
    private ISchoolGrain[] _schools = [];
    private IFacilitatorGrain[] _facilitators = [];
    private TickMetrics? _last;
    private BrokeredTie[] _lastTies = [];
    private readonly List<int> _droppedSincePlan = [];
    private int _tick;
    private int _brokered;
    private int _unchangedFor;

    public async Task<TickBatch> InitializeAsync(RunSetup setup)
    {
        if (_setup is not null)
        {
            throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' is already initialised.");
        }

        var runId = this.GetPrimaryKeyString();
        _setup = setup;
        var run = _run = new RunModel(ScenarioJson.Deserialize(setup.ScenarioJson), setup.Seed);
        runs.Add(runId, run);
        _schools = Enumerable.Range(0, run.Network.SchoolCount)
            .Select(s => GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(runId, s))).ToArray();
        _facilitators = Enumerable.Range(0, run.Scenario.Facilitators.Count)
            .Select(f => GrainFactory.GetGrain<IFacilitatorGrain>(GrainKeys.Facilitator(runId, f))).ToArray();
        var results = await Task.WhenAll(_schools.Select(s => s.InitializeAsync()));
        await Task.WhenAll(_schools.Select(s => s.PublishInitialStatesAsync()));
        _last = MetricsAggregator.Combine(0, run.PracticeCount, results.Select(r => r.Tally).ToArray(), 0);
        return new TickBatch([_last], Finished: run.Scenario.Ticks == 0, [0]);
    }

    public async Task<TickBatch> StepAsync(int ticks)
    {
        var run = _run ?? throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' was stepped before it was initialised.");
        var metrics = new List<TickMetrics>();
        var elapsed = new List<double>();
        while (metrics.Count < ticks && !Finished(run))
        {
            var clock = Stopwatch.StartNew();
            metrics.Add(await AdvanceAsync(run));
            elapsed.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new TickBatch([.. metrics], Finished(run), [.. elapsed]);
    }

    public Task<RunStatus> GetStatusAsync() => Task.FromResult(new RunStatus(
        _run is not null, _tick, _run?.Scenario.Ticks ?? 0, _run?.Network.SchoolCount ?? 0, _run?.Network.ParticipantCount ?? 0));

    public Task<RunSetup> GetSetupAsync() =>
        Task.FromResult(_setup ?? throw new InvalidOperationException($"Run '{this.GetPrimaryKeyString()}' is not initialised."));

    public async Task<AgentsSnapshot> GetAgentsAsync()
    {
        var schools = await Task.WhenAll(_schools.Select(s => s.GetAgentsAsync()));
        return new AgentsSnapshot(_tick, schools);
    }

    public async Task<TieList> GetTiesAsync()
    {
        var lists = await Task.WhenAll(_schools.Select(s => s.GetTiesAsync()));
        return new TieList([.. lists.SelectMany(l => l.Ties)]);
    }

    public async Task EndAsync()
    {
        await Task.WhenAll(_schools.Select(s => s.EndAsync()).Concat(_facilitators.Select(f => f.EndAsync())));
        runs.Remove(this.GetPrimaryKeyString());
        DeactivateOnIdle();
    }

    private async Task<TickMetrics> AdvanceAsync(RunModel run)
    {
        var t = _tick;
        var schedule = run.Scenario.Schedule;
        var convening = schedule.IsConvening(t);
        var ties = convening && _facilitators.Length > 0 ? await BrokerAsync(t) : [];
        var previous = _last!;
        var announcement = new NetworkTick(t, convening, schedule.ExpertInput.Contains(t), schedule.SiteVisits.Contains(t),
            previous.ActiveMemberKnowledge, previous.PractisedAnywhere, ties,
            Enumerable.Range(0, run.PracticeCount).Select(previous.AdoptionFraction).ToArray());
        var message = new NetworkTickMessage(announcement);
        var results = await Task.WhenAll(_schools.Select(s => s.StepAsync(message)));
        _brokered += ties.Length;
        _last = MetricsAggregator.Combine(t + 1, run.PracticeCount, results.Select(r => r.Tally).ToArray(), _brokered);
        _droppedSincePlan.AddRange(results.SelectMany(r => r.Tally.DroppedOut));
        _unchangedFor = Unchanged(previous, _last) ? _unchangedFor + 1 : 0;
        _tick++;
        return _last;
    }

    /// <summary>The run ends at its last tick, or once nothing has changed for the scenario's stopping window.</summary>
    private bool Finished(RunModel run) =>
        _tick >= run.Scenario.Ticks || (run.Scenario.StopWhenUnchangedFor > 0 && _unchangedFor >= run.Scenario.StopWhenUnchangedFor);

    private static bool Unchanged(TickMetrics before, TickMetrics after) =>
        after.Events.Length == 0
        && before.MeanOpinion == after.MeanOpinion
        && before.Ties == after.Ties
        && before.Practices.Zip(after.Practices).All(p => p.First.Adopters == p.Second.Adopters && p.First.Recovered == p.Second.Recovered && p.First.MeanKnowledge == p.Second.MeanKnowledge);

    private async Task<BrokeredTie[]> BrokerAsync(int tick)
    {
        var input = new FacilitationInput(tick, [.. _droppedSincePlan], _lastTies);
        _droppedSincePlan.Clear();
        var plans = await Task.WhenAll(_facilitators.Select(f => f.PlanAsync(input)));
        _lastTies = plans.SelectMany(p => p.Ties).DistinctBy(t => (t.A, t.B)).OrderBy(t => t.A).ThenBy(t => t.B).ToArray();
        return _lastTies;
    }
}
