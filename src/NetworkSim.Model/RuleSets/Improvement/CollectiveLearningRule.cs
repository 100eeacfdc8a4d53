namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanism 1b: working together with complementary expertise creates knowledge neither had.
/// Creation grows with expertise distance (something new to learn) and with trust (candour), builds on
/// what the more knowledgeable of the pair knows, and saturates as the learner approaches full knowledge.
/// Because trust grows slower across distance (<see cref="TrustRule"/>), an optimum diversity emerges.
/// </summary>
internal static class CollectiveLearningRule
{
    public static double Created(double creation, double trust, double distance, double mine, double theirs) =>
        creation * trust * distance * Math.Max(mine, theirs) * (1 - mine);
}
