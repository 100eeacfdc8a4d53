using System.Buffers;

namespace NetworkSim.Model.Engine;

/// <summary>A least-significant-byte-first radix sort of non-negative keys with a value each, stable and in place.</summary>
public static class RadixSort
{
    /// <summary>
    /// Reorders <paramref name="keys"/> and <paramref name="values"/> by key, pairs with equal keys in their given
    /// order: one pass a byte of <paramref name="largest"/> (none when it is 0), through pooled scratch arrays. Every
    /// key must lie in 0..<paramref name="largest"/>.
    /// </summary>
    public static void StablyByKey(Span<int> keys, Span<int> values, int largest)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(largest);
        if (keys.Length != values.Length)
        {
            throw new ArgumentException($"{keys.Length} keys but {values.Length} values.", nameof(values));
        }

        var n = keys.Length;
        if (n < 2 || largest == 0)
        {
            return;
        }

        var pool = ArrayPool<int>.Shared;
        var scratchKeys = pool.Rent(n);
        var scratchValues = pool.Rent(n);
        try
        {
            Span<int> offsets = stackalloc int[256];
            var fromKeys = keys;
            var fromValues = values;
            var toKeys = scratchKeys.AsSpan(0, n);
            var toValues = scratchValues.AsSpan(0, n);
            for (var shift = 0; shift < 32 && largest >> shift != 0; shift += 8)
            {
                offsets.Clear();
                foreach (var key in fromKeys)
                {
                    // Checked in the first pass: a key outside 0..largest would be sorted by too few of its bytes.
                    if (shift == 0 && (uint)key > (uint)largest)
                    {
                        throw new ArgumentOutOfRangeException(nameof(keys), key, $"Keys must lie in 0..{largest}.");
                    }

                    offsets[(key >> shift) & 0xFF]++;
                }

                var sum = 0;
                for (var d = 0; d < 256; d++)
                {
                    var count = offsets[d];
                    offsets[d] = sum;
                    sum += count;
                }

                for (var i = 0; i < n; i++)
                {
                    var to = offsets[(fromKeys[i] >> shift) & 0xFF]++;
                    toKeys[to] = fromKeys[i];
                    toValues[to] = fromValues[i];
                }

                var keysWritten = toKeys;
                var valuesWritten = toValues;
                toKeys = fromKeys;
                toValues = fromValues;
                fromKeys = keysWritten;
                fromValues = valuesWritten;
            }

            if (!fromKeys.Overlaps(keys))
            {
                fromKeys.CopyTo(keys);
                fromValues.CopyTo(values);
            }
        }
        finally
        {
            pool.Return(scratchKeys);
            pool.Return(scratchValues);
        }
    }
}
