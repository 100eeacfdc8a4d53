using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Warns about a setting that cannot act in the scenario it is set in: a value that is accepted but changes nothing
/// would otherwise read as a finding ("brokering makes no difference") when it is only a design that leaves it no room.
/// </summary>
internal static class DeadParameters
{
    /// <summary>Every key of <c>facilitators:</c> but <c>count</c>: what the facilitators there would be are like.</summary>
    private static readonly string[] FacilitatorKeys = [.. ScenarioKeys.Of<FacilitationSpec>().Select(k => k.Name).Where(k => k != "count")];

    /// <summary>Adds a warning to <paramref name="root"/>'s warnings for each setting that has no effect.</summary>
    public static void Warn(YamlSection root, NetworkDesign network, FacilitationSpec facilitators, ScheduleSpec schedule, ModelParameters parameters, RuleSet rules)
    {
        var section = root.Section("parameters");
        if (rules.SocialProof == SocialProofForm.Count)
        {
            foreach (var p in Changed(parameters, "adoption.threshold_spread"))
            {
                Add(section, p.Key, "has no effect: rules.social_proof is count, which has no per-participant thresholds.");
            }
        }

        if (facilitators.Count == 0)
        {
            var spec = root.Section("facilitators");
            foreach (var key in FacilitatorKeys.Where(spec.Has))
            {
                Add(spec, key, "has no effect: there are no facilitators (facilitators.count is 0).");
            }

            foreach (var p in Changed(parameters, "facilitation."))
            {
                Add(section, p.Key, "has no effect: there are no facilitators (facilitators.count is 0).");
            }
        }
        else if (network.Structure == TieStructure.Complete && network.ParticipantGraph.Kind == ParticipantGraphKind.SchoolTies)
        {
            foreach (var p in Changed(parameters, "facilitation.broker"))
            {
                Add(section, p.Key, "has no effect: with structure: complete every network member is tied to every other from the start, so a facilitator has no one to introduce.");
            }
        }

        if (network.Commonality >= 1)
        {
            foreach (var p in Changed(parameters, "exchange.unshared_relevance"))
            {
                Add(section, p.Key, "has no effect: every school works on the network's shared problem (network.commonality is 1).");
            }
        }

        if (schedule.SiteVisits.Count == 0)
        {
            foreach (var p in Changed(parameters, "adoption.site_visit"))
            {
                Add(section, p.Key, "has no effect: the schedule has no site_visits.");
            }
        }

        if (schedule.ExpertInput.Count == 0 && facilitators.Count > 0)
        {
            foreach (var p in Changed(parameters, "facilitation.expert"))
            {
                Add(section, p.Key, "has no effect: the schedule has no expert_input.");
            }
        }
    }

    private static IEnumerable<ParameterInfo> Changed(ModelParameters parameters, string prefix) =>
        ParameterCatalog.All.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && ParameterCatalog.Get(parameters, p) != p.Default);

    /// <param name="section">The section that holds the key (<c>parameters</c> for a catalogue key like <c>facilitation.brokering</c>).</param>
    private static void Add(YamlSection section, string key, string message)
    {
        var dot = key.IndexOf('.');
        var holder = dot < 0 ? section : section.Section(key[..dot]);
        var name = dot < 0 ? key : key[(dot + 1)..];
        holder.Warn(name, message);
    }
}
