namespace NetworkSim.Model.Scenarios;

/// <summary>A participant's role in its school. The order is the column order of by-role outputs.</summary>
public enum Role
{
    /// <summary>A senior leader: principal, head, deputy.</summary>
    Leader = 0,

    /// <summary>A coach or curriculum coordinator.</summary>
    Coach = 1,

    /// <summary>A classroom teacher.</summary>
    Teacher = 2,

    /// <summary>Any other staff member.</summary>
    Staff = 3,
}
