using System.Text;
using StackExchange.Redis;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Where run checkpoints live in Redis: <c>{service id}/checkpoints/{run id}@{tick}/{piece}</c>, set on the silos'
/// grain storage instead of Orleans' default key, so that a client can find every record of a run by its id,
/// also those of a restored run (<c>{run id}~r1@...</c>) and those left by grains of a silo that died.
/// </summary>
internal static class CheckpointKeys
{
    /// <summary>The key of one checkpoint piece (its grain id's key is <c>CheckpointRef.Key</c>).</summary>
    public static RedisKey Of(string serviceId, GrainId piece) => $"{serviceId}/checkpoints/{piece.Key}";

    /// <summary>A SCAN pattern matching every record of the run <paramref name="runId"/> and its restores, and no other run's.</summary>
    public static string OfRun(string serviceId, string runId) => $"{Escape(serviceId)}/checkpoints/{Escape(runId)}[@~]*";

    // Redis glob patterns treat * ? [ ] and \ specially; a scenario name may hold any of them.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '?' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
