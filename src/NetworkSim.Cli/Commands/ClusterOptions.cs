using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>--cluster</c>, <c>--cluster-id</c>, <c>--service-id</c>: the cluster a command joins (a silo) or uses (a
/// client). Both ids are required with <c>--cluster</c>: Orleans keeps the members of each pair apart, so a
/// guessed default would silently form or look for another cluster.
/// </summary>
internal sealed class ClusterOptions
{
    public Option<string?> Cluster { get; } = new("--cluster") { Description = $"Redis connection string of the cluster's membership, e.g. 127.0.0.1:6379, or env:VAR to read it from an environment variable. A password is never taken from the command line (every user sees it): give it in {RedisPassword.Variable}, in the variable of env:VAR, or run where 'cluster up' wrote its state." };

    public Option<string?> ClusterId { get; } = new("--cluster-id") { Description = "The cluster's id (required with --cluster)." };

    public Option<string?> ServiceId { get; } = new("--service-id") { Description = "The service's id (required with --cluster)." };

    public Option<int?> CheckpointEvery { get; } = new("--checkpoint-every") { Description = $"With --cluster: checkpoint each run every K ticks (default {RunRecovery.DefaultCheckpointEvery}; 0: never), so that a run that loses a silo goes back to its last checkpoint on the silos that remain and finishes with the same results." };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(ClusterId);
        command.Options.Add(ServiceId);
    }

    /// <summary>Adds the cluster options and <see cref="CheckpointEvery"/> (commands that run scenarios).</summary>
    public void AddWithCheckpointsTo(Command command)
    {
        AddTo(command);
        command.Options.Add(CheckpointEvery);
    }

    /// <summary>The cluster given (null for the embedded silo) and the ticks between its runs' checkpoints.</summary>
    public (ClusterAddress? Address, int CheckpointEvery) ReadWithCheckpoints(ParseResult result)
    {
        var address = Read(result);
        return (address, ReadCheckpointEvery(result, address));
    }

    /// <summary>Ticks between checkpoints: the default with a cluster, refused without one or when negative.</summary>
    public int ReadCheckpointEvery(ParseResult result, ClusterAddress? address)
    {
        var every = result.GetValue(CheckpointEvery);
        if (every is null)
        {
            return address is null ? 0 : RunRecovery.DefaultCheckpointEvery;
        }

        return address is null ? throw new OutputException("--checkpoint-every: only allowed with --cluster <redis connection> (an embedded silo loses nothing a checkpoint would keep).")
            : every < 0 ? throw new OutputException($"--checkpoint-every {every}: Allowed: 0 (no checkpoints) or more ticks.")
            : every.Value;
    }

    /// <summary>The cluster given, or null for the embedded silo; ids without --cluster, or --cluster without ids, are refused.</summary>
    public ClusterAddress? Read(ParseResult result)
    {
        var redis = result.GetValue(Cluster);
        var cluster = result.GetValue(ClusterId);
        var service = result.GetValue(ServiceId);
        if (redis is null)
        {
            return cluster is null && service is null ? null
                : throw new OutputException($"{(cluster is null ? "--service-id" : "--cluster-id")}: only allowed with --cluster <redis connection>.");
        }

        string? variable = null;
        if (redis.StartsWith("env:", StringComparison.Ordinal))
        {
            // A password on the command line is visible to every local user (ps); an environment variable is not.
            variable = redis["env:".Length..];
            redis = Environment.GetEnvironmentVariable(variable)
                ?? throw new OutputException($"--cluster env:{variable}: the environment variable {variable} is not set. Allowed: env:VAR naming a set variable, or a Redis connection string.");
        }

        if (string.IsNullOrWhiteSpace(redis))
        {
            throw new OutputException("--cluster: empty. Allowed: a Redis connection string, e.g. 127.0.0.1:6379.");
        }

        if (variable is null && !string.IsNullOrEmpty(ClusterAddress.Parse(redis).Password))
        {
            throw new OutputException($"--cluster {Secrets.Redact(redis)}: a password on the command line is visible to every user of this machine (ps). " +
                $"Allowed: the password in the environment variable {RedisPassword.Variable}, or the whole connection string in one (--cluster env:VAR).");
        }

        foreach (var (name, value) in new[] { ("--cluster-id", cluster), ("--service-id", service) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new OutputException($"{name}: required with --cluster. Allowed: letters, digits, '-', '_' and '.'.");
            }

            if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new OutputException($"{name} {value}: Allowed: letters, digits, '-', '_' and '.'.");
            }
        }

        return RedisPassword.Find(new ClusterAddress(redis, cluster!, service!), LocalCluster.DefaultFolder, variable);
    }
}
