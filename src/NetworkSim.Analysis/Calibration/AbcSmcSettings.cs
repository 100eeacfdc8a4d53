namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// The settings of an ABC-SMC calibration; together with the simulator they determine the result completely.
/// </summary>
/// <param name="Parameters">The fitted parameters and their priors, in the order of every parameter vector.</param>
/// <param name="Particles">Population size N (accepted particles per generation).</param>
/// <param name="Seed">Seed of every draw: prior draws, particle picks, perturbations and the simulators' seeds.</param>
/// <param name="QuantileAlpha">The next tolerance is this quantile of the accepted distances of the generation before (0.5, the median).</param>
/// <param name="FinalTolerance">Stop once a generation was accepted at a tolerance at or below this (0: never by tolerance alone).</param>
/// <param name="MinAcceptanceRate">Stop when a generation's acceptance rate falls below this; a generation that can no longer reach it is abandoned (0.02).</param>
/// <param name="MaxRuns">Run budget: stop when this many simulations have been recorded; the last complete generation is the result.</param>
/// <param name="MaxGenerations">Stop after this many generations (generation 0 draws from the prior).</param>
public sealed record AbcSmcSettings(
    IReadOnlyList<FittedParameter> Parameters,
    int Particles = 200,
    ulong Seed = 1,
    double QuantileAlpha = 0.5,
    double FinalTolerance = 0,
    double MinAcceptanceRate = 0.02,
    int MaxRuns = 100_000,
    int MaxGenerations = 20)
{
    internal void Validate()
    {
        if (Parameters.Count < 1 || Parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != Parameters.Count)
        {
            throw new ArgumentException("A calibration needs at least one fitted parameter, each named once.", nameof(Parameters));
        }

        if (Particles < 2 || QuantileAlpha is <= 0 or >= 1 || FinalTolerance < 0 || MinAcceptanceRate is < 0 or >= 1 || MaxRuns < Particles || MaxGenerations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Particles), "A calibration needs at least 2 particles, 0 < quantile alpha < 1, final tolerance ≥ 0, 0 ≤ minimum acceptance rate < 1, a run budget of at least one population and at least one generation.");
        }
    }
}
