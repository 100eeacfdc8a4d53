using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using Orleans.Serialization;

namespace NetworkSim.Benchmarks;

/// <summary>
/// What Orleans' generated serializers cost for one tick of the full model on the large network's first 100 schools
/// (1,600 participants, tick 6), counted as if every participant grain were on another silo than its school: each
/// participant's call (its contacts' public states and the school's context) and its answer (its state and report),
/// and each school's tally. On one silo none of it is serialized (every message is <c>[Immutable]</c>); across silos
/// this is the bound. The bytes are printed by the setup (<c>// bytes per tick</c> in the run's log).
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private Serializer _serializer = null!;
    private object[] _messages = [];
    private byte[][] _serialized = [];

    [GlobalSetup]
    public void Setup()
    {
        _serializer = new ServiceCollection().AddSerializer(b => b.AddNetworkSimModel()).BuildServiceProvider().GetRequiredService<Serializer>();
        var run = ShippedScenario.Model(ShippedScenario.Load("large-network.yaml", "replicates=1", "network.schools=100", "stop.unchanged_for=0"));
        var simulation = new Simulation(run);
        for (var t = 0; t < 5; t++)
        {
            simulation.Step();
        }

        var network = RunTick.Announce(run, simulation.State, []);
        // Each participant's public state at the tick, as its contacts will read it (the school's own reports).
        var publicStates = simulation.Schools.SelectMany(s => s.Reports).ToDictionary(r => r.State.Index, r => r.State);
        var calls = new List<object>();
        var answers = new List<object>();
        var tallies = new List<object>();
        foreach (var school in simulation.Schools)
        {
            var context = new SchoolContext(network, school.Support, school.Institutionalised);
            for (var k = 0; k < school.Participants.Length; k++)
            {
                calls.Add(new ParticipantInput(new ParticipantCall(k, school.Tick, context, [.. school.Contacts[k].Select(c => publicStates[c])])));
                answers.Add(new ParticipantResult(new ParticipantOutcome(school.Participants[k], school.Reports[k], null)));
            }

            tallies.Add(new SchoolResult(SchoolStep.Tally(run, school.School, school.Tick, school.Support, school.Reports), SchoolOutbox.Of(run, school)));
        }

        _messages = [.. calls, .. answers, .. tallies];
        _serialized = [.. _messages.Select(m => _serializer.SerializeToArray(m))];
        long Bytes(List<object> list) => list.Sum(m => (long)_serializer.SerializeToArray(m).Length);
        Console.WriteLine($"// bytes per tick: calls {Bytes(calls):N0} ({calls.Count:N0}), answers {Bytes(answers):N0} ({answers.Count:N0}), " +
            $"tallies {Bytes(tallies):N0} ({tallies.Count:N0}), total {_serialized.Sum(b => (long)b.Length):N0} for {simulation.Schools.Sum(s => s.Participants.Length):N0} participants");
    }

    /// <summary>Serializes every message of the tick.</summary>
    [Benchmark]
    public long SerializeTick()
    {
        long bytes = 0;
        foreach (var message in _messages)
        {
            bytes += _serializer.SerializeToArray(message).Length;
        }

        return bytes;
    }

    /// <summary>Reads every message of the tick back.</summary>
    [Benchmark]
    public int DeserializeTick()
    {
        var count = 0;
        foreach (var bytes in _serialized)
        {
            count += _serializer.Deserialize<object>(bytes) is null ? 0 : 1;
        }

        return count;
    }
}
