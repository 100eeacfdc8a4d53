namespace NetworkSim.Hashing;

/// <summary>
/// The hash behind every counter-based draw: SplitMix64's finaliser over a running combination of the key words
/// (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011), so a draw is a pure function of its key.
/// One source file compiled into the model (<c>CounterRandom</c>) and the analysis engines (<c>SeededRandom</c>), which
/// do not depend on each other; each keys it by its own enum of purposes.
/// </summary>
internal static class CounterHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>A 64-bit hash of (seed, stream, a, b, c).</summary>
    public static ulong Bits(ulong seed, ulong stream, long a, long b, long c)
    {
        var h = Mix(seed ^ Golden);
        h = Mix(h ^ (stream * Golden));
        h = Mix(h ^ (ulong)a);
        h = Mix(h ^ ((ulong)b + Golden));
        h = Mix(h ^ ((ulong)c * 0xD1B54A32D192ED03UL));
        return h;
    }

    /// <summary>A uniform double in [0, 1) from a hash: its top 53 bits.</summary>
    public static double Unit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
