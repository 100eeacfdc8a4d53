using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Workshop.Sessions;

/// <summary>
/// One design of a session: a run on the silo (replicate 0 of its scenario), stepped from outside like
/// <see cref="ScenarioRunner"/> steps a replicate, with every week's metrics kept for the curve and the CSV.
/// </summary>
internal sealed class LiveRun(IGrainFactory grains, string slot, string scenarioId, Scenario scenario)
{
    /// <summary>Trust is sent in steps of this many per cent: finer shades are not visible, and each change costs the page a redraw.</summary>
    public const int TrustStep = 5;

    private readonly string _json = ScenarioJson.Serialize(scenario);
    private readonly List<TickMetrics> _ticks = [];
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<long, int> _sentTrust = [];
    private IRunCoordinatorGrain? _run;
    private AgentsSnapshot? _agents;
    private RunGraph? _graph;
    private DateTimeOffset _started;

    public string Slot => slot;

    public Scenario Scenario => scenario;

    public string ScenarioId => scenarioId;

    public ulong Seed { get; } = CounterRandom.ReplicateSeed(scenario.Seed, 0);

    public bool Finished { get; private set; }

    public int Week => _ticks.Count == 0 ? 0 : _ticks[^1].Tick;

    /// <summary>Builds the run on the silo (a fresh run id each time, so a reset never meets the old run's grains).</summary>
    public async Task<RunStarted> StartAsync()
    {
        _ticks.Clear();
        _milliseconds.Clear();
        _sentTrust.Clear();
        _started = DateTimeOffset.UtcNow;
        _run = grains.GetGrain<IRunCoordinatorGrain>($"workshop-{slot}-{Guid.NewGuid():N}");
        var batch = await _run.InitializeAsync(new RunSetup(_json, Seed, 0));
        _ticks.AddRange(batch.Ticks);
        Finished = batch.Finished;
        var snapshot = _agents = await _run.GetAgentsAsync();
        _graph ??= Graph(snapshot);
        var frame = await FrameAsync(snapshot, _ticks.Count);
        return new RunStarted(slot, scenarioId, scenario.Name, scenario.Practices[0].Name, scenario.Seed, ResolvedDesign.Of(scenario), _graph, frame);
    }

    /// <summary>Advances up to <paramref name="ticks"/> weeks (never past the end); null when the run was already over.</summary>
    public async Task<RunFrame?> StepAsync(int ticks)
    {
        if (_run is null || Finished)
        {
            return null;
        }

        var batch = await _run.StepAsync(ticks);
        _ticks.AddRange(batch.Ticks);
        _milliseconds.AddRange(batch.ElapsedMilliseconds);
        Finished = batch.Finished;
        _agents = await _run.GetAgentsAsync();
        return await FrameAsync(_agents, batch.Ticks.Length);
    }

    /// <summary>Deactivates the run's grains so that the silo's memory comes back.</summary>
    public async Task EndAsync()
    {
        if (_run is { } run)
        {
            _run = null;
            await run.EndAsync();
        }
    }

    /// <summary>The weeks so far as <c>timeseries.csv</c> (the same tidy columns as <c>networksim run</c>, replicate 0).</summary>
    public string TimeseriesCsv()
    {
        var elapsed = DateTimeOffset.UtcNow - _started;
        var replicate = new ReplicateResult(0, Seed, [.. _ticks], [.. _milliseconds], elapsed);
        return Runner.Output.TimeseriesCsv.Write(new ScenarioResults(scenario, [replicate], _started, elapsed));
    }

    /// <summary>
    /// Every participant at the current week as <c>agents.csv</c> (the same tidy columns as <c>networksim run --agents</c>,
    /// replicate 0). Only the current week: who adopted when is in its <c>adopted_tick</c> column, and keeping every
    /// week of every participant of every open run would cost the server megabytes per design.
    /// </summary>
    public string AgentsCsv()
    {
        var text = new System.Text.StringBuilder(AgentRows.Header(scenario)).Append('\n');
        if (_agents is { } agents)
        {
            AgentRows.Append(text, scenario, Model.RuleSets.ParticipantRules.For(scenario.Rules.Kind), 0, agents);
        }

        return text.ToString();
    }

    private async Task<RunFrame> FrameAsync(AgentsSnapshot snapshot, int newTicks)
    {
        var ties = await _run!.GetTiesAsync();
        var participants = _graph!.School.Length;
        var states = new char[participants];
        var complexity = scenario.Practices[0].Complexity;
        foreach (var school in snapshot.Schools)
        {
            foreach (var s in school.States)
            {
                states[s.Index] = s.Practises(0) ? 'p' : s.Knowledge[0] >= complexity ? 'k' : 'n';
            }
        }

        var curve = _ticks.Skip(_ticks.Count - newTicks)
            .Select(t => new CurvePoint(t.Tick, (int)t.Total("adopters"), (int)t.Total("member_adopters"), (int)t.Value("adopters_back_home"))).ToArray();
        var last = _ticks[^1];
        return new RunFrame(slot, last.Tick, scenario.Ticks, Finished, new string(states), TiePairs(ties.Ties, _graph.Member, _sentTrust), curve, last.Members, last.Participants);
    }

    /// <summary>
    /// Each tie that has a network member at one end, once (from &lt; to), with the mean trust of its two directions in
    /// steps of 5 %, whether a facilitator brokered it and the week it formed, if new or changed since last sent. Ties
    /// between colleagues back home are left out: they stay inside a school, where the layout already shows who belongs
    /// together, and drawing them would cost the page its speed.
    /// </summary>
    private static int[] TiePairs(IReadOnlyList<Model.Agents.TieState> ties, bool[] member, Dictionary<long, int> sent)
    {
        var trust = new Dictionary<(int, int), double>(ties.Count);
        foreach (var t in ties)
        {
            if (t.From > t.To)
            {
                trust[(t.To, t.From)] = t.Trust;
            }
        }

        var pairs = new List<int>(ties.Count * 2);
        foreach (var t in ties)
        {
            if (t.From < t.To && (member[t.From] || member[t.To]))
            {
                var mean = trust.TryGetValue((t.From, t.To), out var back) ? (t.Trust + back) / 2 : t.Trust;
                var percent = TrustStep * (int)Math.Round(mean * 100 / TrustStep);
                var key = ((long)t.From << 32) | (uint)t.To;
                if (!sent.TryGetValue(key, out var before) || before != percent)
                {
                    sent[key] = percent;
                    pairs.AddRange([t.From, t.To, percent, t.Brokered ? 1 : 0, t.FormedTick]);
                }
            }
        }

        return [.. pairs];
    }

    private RunGraph Graph(AgentsSnapshot snapshot)
    {
        var participants = snapshot.Schools.Sum(s => s.States.Length);
        var school = new int[participants];
        var role = new string[participants];
        var member = new bool[participants];
        foreach (var s in snapshot.Schools)
        {
            for (var k = 0; k < s.States.Length; k++)
            {
                var index = s.States[k].Index;
                var (r, m) = NetworkExport.RoleAndMembership(scenario.Network, index, k);
                school[index] = s.School;
                role[index] = r.Key();
                member[index] = m;
            }
        }

        return new RunGraph([.. scenario.Network.Schools], school, role, member);
    }
}
