using System.Globalization;
using NetworkSim.Analysis.Numerics;
using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et al. 2009). Generation 0
/// draws N particles from the prior and accepts them all; generation t accepts proposals whose distance is at most
/// ε_t, the <see cref="AbcSmcSettings.QuantileAlpha"/>-quantile of generation t − 1's distances (never below the final
/// tolerance). A proposal picks a particle of the previous population by weight and perturbs it with
/// <see cref="PerturbationKernel"/>, redrawing until it lies inside the prior's support; an accepted particle's weight
/// is π(θ) / Σ_j w_j K(θ | θ_j).
/// </summary>
/// <remarks>
/// The engine never runs the simulator itself: the caller asks for proposals (<see cref="Propose"/>, any order, any
/// batch, in parallel), runs them, and hands the distances back with <see cref="Record"/> in index order. Proposals
/// are pure functions of (seed, generation, index, previous population) and the state after every record is
/// serialisable, so a result does not depend on batch size or parallelism and a killed calibration resumes exactly.
/// </remarks>
public sealed class AbcSmc
{
    private const int MaxRedraws = 10_000;
    private readonly AbcSmcSettings _settings;
    private readonly string _fingerprint;
    private (List<Particle> Population, PerturbationKernel Kernel, double[] Cumulative)? _kernel;

    public AbcSmc(AbcSmcSettings settings)
    {
        settings.Validate();
        _settings = settings;
        _fingerprint = AbcSmcState.FingerprintOf(settings);
    }

    public AbcSmcSettings Settings => _settings;

    /// <summary>The state before any proposal: generation 0, tolerance +∞.</summary>
    public AbcSmcState Start() => new() { Fingerprint = _fingerprint };

    /// <summary>A state saved with <see cref="AbcSmcState.ToJson"/>; refused if it belongs to other settings.</summary>
    public AbcSmcState Resume(string json)
    {
        var state = AbcSmcState.FromJson(json);
        if (state.Fingerprint != _fingerprint)
        {
            throw new ArgumentException("The saved calibration state belongs to other settings (parameters, priors, particles, seed or stopping rules); start again or use the same settings.", nameof(json));
        }

        return state;
    }

    /// <summary>The next <paramref name="count"/> proposals of the generation in progress, from <see cref="AbcSmcState.NextProposal"/> on.</summary>
    public IReadOnlyList<Proposal> NextBatch(AbcSmcState state, int count) =>
        state.Finished ? [] : Enumerable.Range(0, count).Select(i => Propose(state, state.NextProposal + i)).ToArray();

    /// <summary>Proposal <paramref name="index"/> of the generation in progress.</summary>
    public Proposal Propose(AbcSmcState state, long index)
    {
        var generation = state.Generation;
        var seed = SeededRandom.Derive(_settings.Seed, RandomStream.Simulation, generation, index);
        var parameters = _settings.Parameters;
        if (generation == 0)
        {
            var draw = parameters.Select((p, i) => p.FromUnit(SeededRandom.OpenUniform(_settings.Seed, RandomStream.PriorDraw, index, i))).ToArray();
            return new Proposal(0, index, draw, seed);
        }

        var (kernel, cumulative) = KernelFor(state);
        var z = new double[parameters.Count];
        for (var attempt = 0; attempt < MaxRedraws; attempt++)
        {
            var u = SeededRandom.Uniform(_settings.Seed, RandomStream.ParticlePick, generation, index, attempt);
            var pick = Math.Min(Array.BinarySearch(cumulative, u) is var at && at >= 0 ? at + 1 : ~at, cumulative.Length - 1);
            for (var i = 0; i < z.Length; i++)
            {
                z[i] = SeededRandom.Normal(_settings.Seed, RandomStream.Perturbation, generation, index, (long)attempt * z.Length + i);
            }

            var candidate = kernel.Perturb(state.Population[pick].Parameters, z);
            if (PriorDensity(candidate) > 0)
            {
                return new Proposal(generation, index, candidate, seed);
            }
        }

        throw new InvalidOperationException($"No perturbed particle of generation {generation} fell inside the priors' ranges in {MaxRedraws} tries; the ranges may be far narrower than the population.");
    }

    /// <summary>
    /// Records the distance of <paramref name="proposal"/>, which must be the state's next proposal; completes the
    /// generation when N particles are accepted, and applies the stopping rules.
    /// </summary>
    public void Record(AbcSmcState state, Proposal proposal, double distance)
    {
        if (state.Finished)
        {
            throw new InvalidOperationException($"The calibration has stopped ({state.StopReason}); nothing more can be recorded.");
        }

        if (proposal.Generation != state.Generation || proposal.Index != state.NextProposal)
        {
            throw new ArgumentException($"Proposals are recorded in order: expected generation {state.Generation} proposal {state.NextProposal}, got generation {proposal.Generation} proposal {proposal.Index}.", nameof(proposal));
        }

        if (double.IsNaN(distance) || distance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distance), $"A distance must be zero or positive (+∞ for a failed run); {distance} was given for proposal {proposal.Index}.");
        }

        state.NextProposal++;
        state.RunsUsed++;
        // A failed run (+∞) is never accepted, not even in generation 0 where the tolerance is +∞.
        if (distance <= state.Tolerance && double.IsFinite(distance))
        {
            state.Accepted.Add(new Particle(proposal.Index, proposal.Parameters.ToArray(), distance, 0));
        }

        if (state.Accepted.Count == _settings.Particles)
        {
            CompleteGeneration(state);
        }
        else if (state.RunsUsed >= _settings.MaxRuns)
        {
            state.StopReason = Invariant($"run budget of {_settings.MaxRuns} simulations used during generation {state.Generation}; the result is generation {state.Generation - 1}");
        }
        else if (_settings.MinAcceptanceRate > 0 && state.NextProposal > Math.Ceiling(_settings.Particles / _settings.MinAcceptanceRate))
        {
            state.StopReason = Invariant($"generation {state.Generation} could no longer reach the minimum acceptance rate {_settings.MinAcceptanceRate}; the result is generation {state.Generation - 1}");
        }
    }

    /// <summary>
    /// Runs the calibration to its end: asks <paramref name="evaluate"/> for the distances of batches of
    /// <paramref name="batchSize"/> proposals (run them in parallel if you like; return them in the batch's order),
    /// records them in order and calls <paramref name="checkpoint"/> after each batch. Results of a batch past the end
    /// of a generation are discarded: the next generation proposes afresh.
    /// </summary>
    public async Task<AbcSmcState> RunAsync(
        AbcSmcState state,
        Func<IReadOnlyList<Proposal>, CancellationToken, Task<IReadOnlyList<double>>> evaluate,
        int batchSize,
        Func<AbcSmcState, Task>? checkpoint = null,
        CancellationToken cancellationToken = default)
    {
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), "A batch holds at least one proposal.");
        }

        while (!state.Finished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = NextBatch(state, batchSize);
            var distances = await evaluate(batch, cancellationToken);
            if (distances.Count != batch.Count)
            {
                throw new InvalidOperationException($"The simulator returned {distances.Count} distances for {batch.Count} proposals.");
            }

            for (var i = 0; i < batch.Count && !state.Finished && batch[i].Generation == state.Generation; i++)
            {
                Record(state, batch[i], distances[i]);
            }

            if (checkpoint is not null)
            {
                await checkpoint(state);
            }
        }

        return state;
    }

    /// <summary>The posterior summaries of the last complete population.</summary>
    public PosteriorSummary Posterior(AbcSmcState state) => PosteriorSummary.Of(_settings.Parameters, state.Population);

    private void CompleteGeneration(AbcSmcState state)
    {
        var generation = state.Generation;
        var accepted = state.Accepted;
        var weights = new double[accepted.Count];
        if (generation == 0)
        {
            Array.Fill(weights, 1.0);
        }
        else
        {
            var (kernel, _) = KernelFor(state);
            for (var i = 0; i < accepted.Count; i++)
            {
                double denominator = 0;
                foreach (var previous in state.Population)
                {
                    denominator += previous.Weight * kernel.RelativeDensity(previous.Parameters, accepted[i].Parameters);
                }

                weights[i] = PriorDensity(accepted[i].Parameters) / denominator;
            }
        }

        var total = weights.Sum();
        state.Population = accepted.Select((p, i) => p with { Weight = weights[i] / total }).ToList();
        var ess = 1 / state.Population.Sum(p => p.Weight * p.Weight);
        var rate = accepted.Count / (double)state.NextProposal;
        state.History.Add(new GenerationSummary(generation, state.Tolerance, state.NextProposal, accepted.Count, rate, ess));

        var next = Math.Max(_settings.FinalTolerance, Quantiles.Of(accepted.Select(p => p.Distance), _settings.QuantileAlpha));
        state.StopReason =
            state.Tolerance <= _settings.FinalTolerance ? Invariant($"final tolerance {_settings.FinalTolerance} reached in generation {generation}")
            : generation > 0 && rate < _settings.MinAcceptanceRate ? Invariant($"acceptance rate {rate:0.####} of generation {generation} below the minimum {_settings.MinAcceptanceRate}")
            : generation + 1 >= _settings.MaxGenerations ? Invariant($"{_settings.MaxGenerations} generations done")
            : state.RunsUsed >= _settings.MaxRuns ? Invariant($"run budget of {_settings.MaxRuns} simulations used by generation {generation}")
            : null;
        if (state.StopReason is null)
        {
            state.Generation = generation + 1;
            state.Tolerance = next;
            state.NextProposal = 0;
            state.Accepted = [];
        }
    }

    private (PerturbationKernel Kernel, double[] Cumulative) KernelFor(AbcSmcState state)
    {
        // The kernel is a function of the previous population alone: keep it while that population is the same list.
        if (_kernel is { } cached && ReferenceEquals(cached.Population, state.Population))
        {
            return (cached.Kernel, cached.Cumulative);
        }

        var kernel = new PerturbationKernel(state.Population, _settings.Parameters);
        var cumulative = new double[state.Population.Count];
        double sum = 0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            sum += state.Population[i].Weight;
            cumulative[i] = sum;
        }

        _kernel = (state.Population, kernel, cumulative);
        return (kernel, cumulative);
    }

    private double PriorDensity(IReadOnlyList<double> values)
    {
        double density = 1;
        for (var i = 0; i < values.Count; i++)
        {
            density *= _settings.Parameters[i].Density(values[i]);
        }

        return density;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
