namespace NetworkSim.Model.Scenarios;

/// <summary>Who practises a practice from the start in its start schools.</summary>
public enum StartGroup
{
    /// <summary>The school's network team.</summary>
    Team,

    /// <summary>The school's senior leaders.</summary>
    Leaders,

    /// <summary>The whole staff.</summary>
    Staff,
}
