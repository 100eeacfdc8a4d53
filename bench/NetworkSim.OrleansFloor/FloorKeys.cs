namespace NetworkSim.OrleansFloor;

/// <summary>Keys as long as a run's (<c>{run}/school/{n}</c>, <c>{run}/participant/{n}</c>): a key's bytes are part of what an activation costs.</summary>
internal static class FloorKeys
{
    public static string Run(int replicate) => $"floor-r{replicate}-{Guid.NewGuid():N}";

    public static string Hub(string run, int hub) => $"{run}/school/{hub}";

    public static string Leaf(string hub, int leaf) => $"{hub}/participant/{leaf}";
}
