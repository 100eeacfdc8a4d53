namespace NetworkSim.Model.RuleSets;

/// <summary>
/// What a rule set's participants and schools hold beyond adoption (<see cref="IParticipantRules.Holds"/>). A metric
/// declared of one of these (<c>Of</c> in <see cref="Metrics.MetricCatalog"/>) is computed only in runs whose rule set
/// holds it, and is an empty cell elsewhere: a textbook threshold model has no trust, so it reports none.
/// </summary>
[Flags]
public enum Quantities
{
    /// <summary>Adoption, roles, membership and the network's ties only: what every model has.</summary>
    None = 0,

    /// <summary>Knowledge of each practice (mechanisms 2 and 3).</summary>
    Knowledge = 1,

    /// <summary>Trust in each tie, across schools and between colleagues (mechanism 1).</summary>
    Trust = 2,

    /// <summary>Members' engagement and dropping out (mechanism 5).</summary>
    Engagement = 4,

    /// <summary>Schools' support for change and institutionalised practices (mechanisms 6 and 8).</summary>
    Support = 8,

    /// <summary>Facilitators acting: brokered ties, safe space, expert input (mechanism 7).</summary>
    Facilitation = 16,

    /// <summary>Immunity after giving a practice up (SIR).</summary>
    Recovery = 32,

    /// <summary>An opinion on a continuous scale (bounded confidence).</summary>
    Opinion = 64,
}
