namespace NetworkSim.Contracts;

/// <summary>
/// Grain keys. Every key starts with its run's id, so many runs can share one cluster and a run's grains
/// can be found and released together.
/// </summary>
public static class GrainKeys
{
    public static string School(string runId, int school) => $"{runId}/school/{school}";

    public static string Participant(string runId, int participant) => $"{runId}/participant/{participant}";

    public static string Facilitator(string runId, int facilitator) => $"{runId}/facilitator/{facilitator}";

    /// <summary>Splits an entity key into its run id and index.</summary>
    public static (string RunId, int Index) Parse(string key)
    {
        var last = key.LastIndexOf('/');
        var kind = key.LastIndexOf('/', last - 1);
        return (key[..kind], int.Parse(key.AsSpan(last + 1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
