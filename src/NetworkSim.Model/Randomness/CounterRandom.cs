using NetworkSim.Hashing;

namespace NetworkSim.Model.Randomness;

/// <summary>
/// Counter-based random numbers: every draw is a pure function of (seed, purpose, entity, other, tick).
/// There is no generator state to save or share, so a result cannot depend on grain placement,
/// message order or how many silos run it, and a run can be checkpointed at any tick boundary.
/// </summary>
/// <remarks>
/// The mixer is SplitMix64's finaliser applied to a running combination of the key words, as in
/// counter-based generators (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011).
/// </remarks>
public static class CounterRandom
{
    /// <summary>A 64-bit hash of the key.</summary>
    public static ulong Bits(ulong seed, Purpose purpose, long entity, long other = 0, long tick = 0) =>
        CounterHash.Bits(seed, (ulong)purpose, entity, other, tick);

    /// <summary>A uniform double in [0, 1).</summary>
    public static double Uniform(ulong seed, Purpose purpose, long entity, long other = 0, long tick = 0) =>
        CounterHash.Unit(Bits(seed, purpose, entity, other, tick));

    /// <summary>A uniform integer in [0, n).</summary>
    public static int Below(int n, ulong seed, Purpose purpose, long entity, long other = 0, long tick = 0) =>
        (int)(Uniform(seed, purpose, entity, other, tick) * n);

    /// <summary>A standard normal draw (Box–Muller on two keyed uniforms).</summary>
    public static double Normal(ulong seed, Purpose purpose, long entity, long other = 0, long tick = 0)
    {
        var u1 = 1.0 - Uniform(seed, purpose, entity, 2 * other, tick);
        var u2 = Uniform(seed, purpose, entity, 2 * other + 1, tick);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>The seed of one replicate of a scenario: a pure function of (scenario seed, replicate).</summary>
    public static ulong ReplicateSeed(ulong scenarioSeed, int replicate) =>
        Bits(scenarioSeed, Purpose.Replicate, replicate);

    /// <summary>A draw shared by both ends of an undirected tie: the key orders the pair.</summary>
    public static double PairUniform(ulong seed, Purpose purpose, int a, int b, long tick) =>
        a < b ? Uniform(seed, purpose, a, b, tick) : Uniform(seed, purpose, b, a, tick);
}
