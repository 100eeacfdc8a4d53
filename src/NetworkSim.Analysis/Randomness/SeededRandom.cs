using NetworkSim.Hashing;

namespace NetworkSim.Analysis.Randomness;

/// <summary>
/// Counter-based random numbers: every draw is a pure function of (seed, stream, a, b, c), so a design, a bootstrap
/// or a proposal can be recomputed in any order, in parallel or after a restart, and always comes out the same.
/// </summary>
/// <remarks>
/// The same hash as the model's CounterRandom, from one source file (src/Shared/CounterHash.cs) compiled into both,
/// so that the analysis engines do not depend on the model.
/// </remarks>
internal static class SeededRandom
{
    public static ulong Bits(ulong seed, RandomStream stream, long a, long b = 0, long c = 0) =>
        CounterHash.Bits(seed, (ulong)stream, a, b, c);

    /// <summary>A uniform double in [0, 1).</summary>
    public static double Uniform(ulong seed, RandomStream stream, long a, long b = 0, long c = 0) =>
        CounterHash.Unit(Bits(seed, stream, a, b, c));

    /// <summary>A uniform double in (0, 1): safe to take a logarithm or a normal quantile of.</summary>
    public static double OpenUniform(ulong seed, RandomStream stream, long a, long b = 0, long c = 0) =>
        ((Bits(seed, stream, a, b, c) >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, n).</summary>
    public static int Below(int n, ulong seed, RandomStream stream, long a, long b = 0, long c = 0) =>
        (int)(Uniform(seed, stream, a, b, c) * n);

    /// <summary>A standard normal draw (Box–Muller on two keyed uniforms; c picks the pair).</summary>
    public static double Normal(ulong seed, RandomStream stream, long a, long b = 0, long c = 0)
    {
        var u1 = OpenUniform(seed, stream, a, b, 2 * c);
        var u2 = Uniform(seed, stream, a, b, 2 * c + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A seed for one use of a seed (a sub-stream), e.g. the simulator seed of one proposal.</summary>
    public static ulong Derive(ulong seed, RandomStream stream, long a, long b = 0) => Bits(seed, stream, a, b, 0x5EED);
}
