using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkSim.Contracts.Messages;
using Orleans.Storage;

namespace NetworkSim.Grains;

/// <summary>
/// The pieces of run checkpoints in Orleans grain storage (Redis on a cluster, memory in an embedded or test silo),
/// each under its own key (<see cref="CheckpointRef.Key"/>), read and written by whichever grain holds that part of
/// the run. A grain keeps the storage records it wrote or read, so it can clear them (storage checks their ETags).
/// A storage call that fails (Redis timing out, or its connection dropped under load: "Reading is not allowed after
/// reader was completed") is tried again after a short pause, <see cref="Tries"/> times in all; a write or read that
/// still fails is a <see cref="CheckpointStorageException"/> naming the piece; a clear that still fails is left to
/// the client, which clears every record of a run when it ends (and Redis drops them after 7 days).
/// </summary>
public sealed class CheckpointStore(IServiceProvider services, ILogger<CheckpointStore> logger)
{
    /// <summary>The grain storage provider the silo registers for checkpoints.</summary>
    public const string StorageName = "networksim-checkpoints";

    /// <summary>How many times a storage call is made before it is given up.</summary>
    public const int Tries = 4;

    private const string GrainType = "networksim-checkpoint";

    /// <summary>The pauses before the second, third and fourth try (the Redis client reconnects within about a second).</summary>
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    private IGrainStorage Storage => services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    public async Task<IGrainState<T>> WriteAsync<T>(CheckpointRef at, string piece, T value)
    {
        var record = new GrainState<T>(value);
        await TryAsync(at, piece, "writing", async tried =>
        {
            try
            {
                await Storage.WriteStateAsync(GrainType, Id(at, piece), record);
            }
            catch (InconsistentStateException) when (tried > 0)
            {
                // A try that failed here reached Redis all the same: the record is there under an ETag this side never
                // saw. Only this grain writes this key (run id, tick, piece), so it is this very state: take its ETag.
                var written = new GrainState<T>();
                await Storage.ReadStateAsync(GrainType, Id(at, piece), written);
                if (!written.RecordExists)
                {
                    throw;
                }

                record.ETag = written.ETag;
                record.RecordExists = true;
            }
        });
        return record;
    }

    /// <summary>Reads a piece; a missing one (cleared, or never completed) is refused with the key that is missing.</summary>
    public async Task<IGrainState<T>> ReadAsync<T>(CheckpointRef at, string piece)
    {
        var record = new GrainState<T>();
        await TryAsync(at, piece, "reading", async _ =>
        {
            record = new GrainState<T>();
            await Storage.ReadStateAsync(GrainType, Id(at, piece), record);
        });
        return record.RecordExists && record.State is not null ? record
            : throw new InvalidOperationException($"Checkpoint piece '{at.Key(piece)}' is not in grain storage '{StorageName}'.");
    }

    /// <summary>Clears the pieces in <paramref name="held"/> other than those of <paramref name="keep"/>; best effort (another run id may have cleared one already).</summary>
    public async Task ClearAsync<T>(Dictionary<CheckpointRef, IGrainState<T>> held, string piece, params CheckpointRef?[] keep)
    {
        foreach (var (at, record) in held.Where(h => !keep.Contains(h.Key)).ToArray())
        {
            held.Remove(at);
            try
            {
                await TryAsync(at, piece, "clearing", async _ =>
                {
                    try
                    {
                        await Storage.ClearStateAsync(GrainType, Id(at, piece), record);
                    }
                    catch (InconsistentStateException)
                    {
                        // Cleared by the other run id that read it (a restored run and the run it replaced share that
                        // checkpoint), or by an earlier try of this one that failed only on this side.
                    }
                });
            }
            catch (CheckpointStorageException e)
            {
                logger.LogWarning("{Failure} The record is left to the client, which clears a run's records when it ends; Redis drops it after 7 days.", e.Message);
            }
        }
    }

    private async Task TryAsync(CheckpointRef at, string piece, string doing, Func<int, Task> call)
    {
        var clock = Stopwatch.StartNew();
        for (var tried = 0; ; tried++)
        {
            try
            {
                await call(tried);
                return;
            }
            catch (Exception e) when (e is not InconsistentStateException)
            {
                var error = Cause(e.GetBaseException().Message);
                if (tried + 1 == Tries)
                {
                    var failure = $"checkpoint piece '{at.Key(piece)}': {doing} it in grain storage '{StorageName}' failed {Tries} times in {clock.Elapsed.TotalSeconds:0.0} s (the last time: {error})";
                    logger.LogWarning("{Failure}.", failure);
                    throw new CheckpointStorageException(failure);
                }

                logger.LogWarning("Checkpoint piece '{Key}': {Doing} it failed ({Error}); trying again in {Pause} ms ({Try} of {Tries}).",
                    at.Key(piece), doing, error, Pauses[tried].TotalMilliseconds, tried + 2, Tries);
                await Task.Delay(Pauses[tried]);
            }
        }
    }

    /// <summary>
    /// What failed, in at most 200 characters: Orleans' Redis storage says "Failed to write grain state for ... and
    /// storage key .... StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (...), command=EVAL, ..."
    /// (a page of diagnostics): the cause is the part from the exception's name on.
    /// </summary>
    private static string Cause(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        var cause = Regex.Match(line, @"(?:[\w]+\.)*(?<type>\w+Exception): (?<text>.*)$");
        line = cause.Success ? $"{cause.Groups["type"].Value}: {cause.Groups["text"].Value}" : line;
        return line.Length <= 200 ? line : line[..200] + "...";
    }

    private static GrainId Id(CheckpointRef at, string piece) => GrainId.Create(GrainType, at.Key(piece));
}
