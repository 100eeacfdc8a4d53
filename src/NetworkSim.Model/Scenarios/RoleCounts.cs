namespace NetworkSim.Model.Scenarios;

/// <summary>How many people of each role: a school's staff, or the team it sends into the network.</summary>
public sealed record RoleCounts(int Leader, int Coach, int Teacher, int Staff)
{
    public int Total => Leader + Coach + Teacher + Staff;

    public int this[Role role] => role switch
    {
        Role.Leader => Leader,
        Role.Coach => Coach,
        Role.Teacher => Teacher,
        _ => Staff,
    };
}
