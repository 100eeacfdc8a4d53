using NetworkSim.Model.Network;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

public class ContactSliceScenarioTests
{
    /// <summary>The shipped scenarios whose participant graph is <c>school_ties</c> (built networks are files: left out).</summary>
    public static TheoryData<string> SchoolTieFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ShippedScenarios.Files())
        {
            var path = Path.Combine(RepositoryRoot.Path, file);
            if (Directory.GetFiles(Path.GetDirectoryName(path)!, "make_*.py").Length == 0
                && ScenarioReader.Load(path).Network.ParticipantGraph.Kind == ParticipantGraphKind.SchoolTies)
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchoolTieFiles))]
    public void Every_school_slice_of_a_shipped_scenario_equals_the_whole_builds_contacts(string file)
    {
        var scenario = ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, file));
        var seed = CounterRandom.ReplicateSeed(scenario.Seed, 0);
        var whole = NetworkBuilder.Build(scenario, seed);
        var slices = NetworkBuilder.Build(scenario, seed, perSchool: true).Slices!;
        for (var s = 0; s < whole.SchoolCount; s++)
        {
            var slice = slices.Of(s);
            var first = whole.SchoolStart[s];
            var from = whole.ContactStart[first];
            Assert.Equal(whole.Contacts[from..whole.ContactStart[whole.SchoolStart[s + 1]]], slice.Contacts);
            Assert.Equal(whole.ContactStart[first..(whole.SchoolStart[s + 1] + 1)].Select(c => c - from), slice.Start);
        }
    }
}
