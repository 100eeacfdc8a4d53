using NetworkSim.Cli.Hosting;

namespace NetworkSim.Cli.Tests;

/// <summary>The client's clearing of a run's checkpoint records in Redis: that run's and its restores', nobody else's.</summary>
public class CheckpointKeysTests
{
    [SkippableFact]
    public async Task Clearing_a_runs_checkpoints_deletes_its_records_and_its_restores_and_no_other_runs_even_with_glob_characters_in_its_name()
    {
        using var redis = RedisServer.Start();
        const string run = "a[1]*?-r0-x";
        string[] theRuns = [$"s/checkpoints/{run}@0/run", $"s/checkpoints/{run}~r1@5/school/3"];
        // Unescaped, the run's name would match the first two as a pattern; the third only differs after the id.
        string[] others = ["s/checkpoints/a1zz-r0-x@0/run", "s/checkpoints/a[1]*?-r0-x2@0/run", "s/checkpoints/a[1]*?-r0-xy~r1@0/run", $"other/checkpoints/{run}@0/run", "s/members/c"];
        foreach (var key in theRuns.Concat(others))
        {
            RedisCli.Run(redis.Port, "SET", key, "1");
        }

        var cleared = await new ClusterAddress(redis.Address, "c", "s").ClearCheckpointsAsync(run, CancellationToken.None);

        Assert.Equal(2, cleared);
        Assert.Equal(others.Order(StringComparer.Ordinal), RedisCli.Run(redis.Port, "--scan").Order(StringComparer.Ordinal));
    }
}
