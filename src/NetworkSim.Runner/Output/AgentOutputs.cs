using System.Text;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Output;

/// <summary>
/// Streams <c>agents.csv</c> and <c>schools.csv</c> while replicates run (one part file per replicate, joined in
/// replicate order at the end, so nothing per participant is kept in memory across ticks), and writes
/// <c>adoptions.csv</c>, <c>edges.csv</c> and <c>network.graphml</c>.
/// </summary>
public sealed class AgentOutputs(Scenario scenario, ResultsFolder folder, AgentOptions options) : IRunObserver, IDisposable
{
    public const string AgentsFile = "agents.csv";
    public const string SchoolsFile = "schools.csv";
    public const string AdoptionsFile = "adoptions.csv";
    public const string EdgesFile = "edges.csv";
    public const string GraphFile = "network.graphml";

    /// <summary>The columns some rule sets fill (<see cref="IParticipantRules.AgentColumns"/>): one schema for every run, empty where unused.</summary>
    public static readonly string[] RuleColumns = ["opinion", "sir_state"];

    public static readonly string AgentsHeader = "replicate,tick,participant,school,role,in_network,practice,knowledge,practising,adopted_tick,engagement,dropped_out," + string.Join(',', RuleColumns);
    public static readonly string SchoolsHeader = "replicate,tick,school,practice,support,adopters,institutionalised";
    public static readonly string AdoptionsHeader = "replicate,tick,participant,practice,event,exposure";
    public static readonly string EdgesHeader = "replicate,source,target,trust_source_target,trust_target_source,formed_tick,brokered";

    private readonly Dictionary<int, (StreamWriter Agents, StreamWriter Schools)> _parts = [];
    private readonly Dictionary<int, string> _edges = [];
    private readonly Lock _gate = new();
    private readonly IParticipantRules _rules = ParticipantRules.For(scenario.Rules.Kind);

    public bool WantsAgents(int tick, bool finished) =>
        options.Every is { } every && (finished || (every > 0 && tick % every == 0));

    public async Task OnAgentsAsync(int replicate, AgentsSnapshot snapshot)
    {
        var (agents, schools) = Part(replicate);
        var text = new StringBuilder();
        AgentRows.Append(text, scenario, _rules, replicate, snapshot);
        var practices = scenario.Practices;
        var network = scenario.Network;
        var schoolText = new StringBuilder();
        // Support and institutionalisation are the improvement model's (Quantities.Support): empty under a textbook model.
        var support = (_rules.Holds & Quantities.Support) != 0;
        foreach (var school in snapshot.Schools)
        {
            for (var p = 0; p < practices.Count; p++)
            {
                schoolText.Append(replicate).Append(',').Append(snapshot.Tick).Append(',').Append(CsvFormat.Text(network.Schools[school.School])).Append(',')
                    .Append(CsvFormat.Text(practices[p].Name)).Append(',').Append(support ? Number(school.Support) : "").Append(',')
                    .Append(school.States.Count(s => s.Practises(p))).Append(',').Append(support ? ((school.Institutionalised & (1UL << p)) != 0 ? "1" : "0") : "").Append('\n');
            }
        }

        await agents.WriteAsync(text);
        await schools.WriteAsync(schoolText);
    }

    public bool WantsTies(int replicate) => options.Network == NetworkOutput.All || (options.Network == NetworkOutput.First && replicate == 0);

    public Task OnTiesAsync(int replicate, AgentsSnapshot final, TieList ties)
    {
        var edges = NetworkExport.EdgeRows(replicate, ties.Ties, _rules.Holds);
        var graph = NetworkExport.GraphMl(scenario, final, ties.Ties, _rules.Holds);
        lock (_gate)
        {
            _edges[replicate] = edges;
        }

        folder.WriteText(replicate == 0 ? GraphFile : $"network.r{replicate}.graphml", graph);
        return Task.CompletedTask;
    }

    /// <summary>Joins the part files in replicate order and writes the event and edge files.</summary>
    public IReadOnlyList<string> Complete(ScenarioResults results)
    {
        var files = new List<string>();
        if (options.Every is not null)
        {
            // An imported network's participants keep their original node ids in a last column.
            Join(AgentsFile, AgentRows.Header(scenario), r => _parts[r].Agents, "agents");
            Join(SchoolsFile, SchoolsHeader, r => _parts[r].Schools, "schools");
            folder.WriteText(AdoptionsFile, AdoptionRows(results));
            files.AddRange([AgentsFile, SchoolsFile, AdoptionsFile]);
        }

        if (options.Network != NetworkOutput.None)
        {
            folder.WriteText(EdgesFile, EdgesHeader + "\n" + string.Concat(_edges.OrderBy(e => e.Key).Select(e => e.Value)));
            files.Add(EdgesFile);
            files.AddRange(Directory.GetFiles(folder.Staging, "network*.graphml").Select(Path.GetFileName).Order()!);
        }

        return files;
    }

    public void Dispose()
    {
        foreach (var (agents, schools) in _parts.Values)
        {
            agents.Dispose();
            schools.Dispose();
        }
    }

    private string AdoptionRows(ScenarioResults results)
    {
        var text = new StringBuilder(AdoptionsHeader).Append('\n');
        foreach (var replicate in results.Replicates)
        {
            foreach (var e in replicate.Ticks.SelectMany(t => t.Events))
            {
                text.Append(replicate.Replicate).Append(',').Append(e.Tick).Append(',').Append(e.Participant).Append(',')
                    .Append(CsvFormat.Text(results.Scenario.Practices[e.Practice].Name)).Append(',')
                    .Append(Text(e.Adopted ? "adopt" : _rules.EndEvent)).Append(',').Append(e.Exposure).Append('\n');
            }
        }

        return text.ToString();
    }

    private (StreamWriter Agents, StreamWriter Schools) Part(int replicate)
    {
        lock (_gate)
        {
            if (!_parts.TryGetValue(replicate, out var part))
            {
                part = (new StreamWriter(folder.PathOf($"agents.r{replicate}.part")), new StreamWriter(folder.PathOf($"schools.r{replicate}.part")));
                _parts[replicate] = part;
            }

            return part;
        }
    }

    private void Join(string name, string header, Func<int, StreamWriter> writer, string prefix)
    {
        var path = folder.PathOf(name);
        using (var output = File.Create(path + ".tmp"))
        {
            output.Write(Encoding.UTF8.GetBytes(header + "\n"));
            foreach (var replicate in _parts.Keys.Order())
            {
                writer(replicate).Dispose();
                var part = folder.PathOf($"{prefix}.r{replicate}.part");
                using (var input = File.OpenRead(part))
                {
                    input.CopyTo(output);
                }

                File.Delete(part);
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
    }
}
