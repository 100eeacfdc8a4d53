using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts.Messages;
using Orleans.Storage;

namespace NetworkSim.Grains;

/// <summary>
/// The pieces of run checkpoints in Orleans grain storage (Redis on a cluster, memory in an embedded or test silo),
/// each under its own key (<see cref="CheckpointRef.Key"/>), read and written by whichever grain holds that part of
/// the run. A grain keeps the storage records it wrote or read, so it can clear them (storage checks their ETags).
/// </summary>
public sealed class CheckpointStore(IServiceProvider services)
{
    /// <summary>The grain storage provider the silo registers for checkpoints.</summary>
    public const string StorageName = "networksim-checkpoints";

    private const string GrainType = "networksim-checkpoint";

    private IGrainStorage Storage => services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    public async Task<IGrainState<T>> WriteAsync<T>(CheckpointRef at, string piece, T value)
    {
        var record = new GrainState<T>(value);
        await Storage.WriteStateAsync(GrainType, Id(at, piece), record);
        return record;
    }

    /// <summary>Reads a piece; a missing one (cleared, or never completed) is refused with the key that is missing.</summary>
    public async Task<IGrainState<T>> ReadAsync<T>(CheckpointRef at, string piece)
    {
        var record = new GrainState<T>();
        await Storage.ReadStateAsync(GrainType, Id(at, piece), record);
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
                await Storage.ClearStateAsync(GrainType, Id(at, piece), record);
            }
            catch (InconsistentStateException)
            {
                // Cleared by the other run id that read it (a restored run and the run it replaced share that checkpoint).
            }
        }
    }

    private static GrainId Id(CheckpointRef at, string piece) => GrainId.Create(GrainType, at.Key(piece));
}
