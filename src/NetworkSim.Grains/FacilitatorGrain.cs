using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Engine;

namespace NetworkSim.Grains;

/// <summary>A facilitator's transport: holds its <see cref="FacilitatorState"/> and plans convenings with <see cref="FacilitatorTick"/>.</summary>
public sealed class FacilitatorGrain(RunModelCache runs, CheckpointStore checkpoints, RunGrains live) : Grain, IFacilitatorGrain
{
    private readonly Dictionary<CheckpointRef, IGrainState<FacilitatorCheckpoint>> _pieces = [];
    private FacilitatorState? _state;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        live.Track(GrainKeys.Parse(this.GetPrimaryKeyString()).RunId, RunGrains.Facilitators, GrainContext);
        return Task.CompletedTask;
    }

    public async Task<FacilitationPlan> PlanAsync(FacilitationInput input)
    {
        GrainCounters.FacilitatorCalled();
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var run = await runs.GetAsync(runId);
        var state = _state ??= FacilitatorTick.Initial(run, index);
        return new FacilitationPlan(index, FacilitatorTick.Plan(run, state, input.News));
    }

    public async Task CheckpointAsync(CheckpointRef write, CheckpointRef? keep)
    {
        if (!_pieces.ContainsKey(write))
        {
            _pieces[write] = await checkpoints.WriteAsync(write, Piece, new FacilitatorCheckpoint { State = _state });
        }

        await checkpoints.ClearAsync(_pieces, Piece, write, keep);
    }

    public async Task RestoreAsync(CheckpointRef from)
    {
        var piece = await checkpoints.ReadAsync<FacilitatorCheckpoint>(from, Piece);
        _pieces[from] = piece;
        _state = piece.State!.State;
    }

    public async Task EndAsync(CheckpointRef? keep)
    {
        await checkpoints.ClearAsync(_pieces, Piece, keep);
        _state = null;
        DeactivateOnIdle();
    }

    private string Piece => $"facilitator/{GrainKeys.Parse(this.GetPrimaryKeyString()).Index}";
}
