namespace NetworkSim.Model.Scenarios;

/// <summary>Helpers for <see cref="Role"/>.</summary>
public static class Roles
{
    public static readonly Role[] All = [Role.Leader, Role.Coach, Role.Teacher, Role.Staff];

    public static string Key(this Role role) => role.ToString().ToLowerInvariant();
}
