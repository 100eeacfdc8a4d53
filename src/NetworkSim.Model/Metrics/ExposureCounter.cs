using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// The exposure curve's counts (Centola and Macy 2007): for each practice and each number k of practising contacts,
/// how many non-practitioners faced k at a tick, and how many of them adopted at that tick. Its shape tells simple
/// contagion (the chance rises from k = 1) from complex (it stays near zero until k reaches the threshold).
/// </summary>
public static class ExposureCounter
{
    /// <summary>Exposures of this many practising contacts or more share the last bin.</summary>
    public const int Cap = 20;

    public static int Bins => Cap + 1;

    public static void Count(int practices, PeerState self, ReadOnlySpan<PeerState> contacts, AdoptionEvent[] events, int[] atRisk, int[] adopted)
    {
        Span<int> practising = stackalloc int[practices];
        Practising(practices, contacts, practising);
        Count(practices, self, practising, events, atRisk, adopted);
    }

    /// <summary>For each practice, how many of <paramref name="contacts"/> practise it (a school keeps these while the contacts do not change).</summary>
    public static void Practising(int practices, ReadOnlySpan<PeerState> contacts, Span<int> into)
    {
        into.Clear();
        foreach (var peer in contacts)
        {
            for (var p = 0; p < practices; p++)
            {
                into[p] += (peer.Practising & (1UL << p)) != 0 ? 1 : 0;
            }
        }
    }

    /// <summary>Counts one participant from its practising contacts per practice (<see cref="Practising"/>).</summary>
    public static void Count(int practices, PeerState self, ReadOnlySpan<int> practising, AdoptionEvent[] events, int[] atRisk, int[] adopted)
    {
        ulong adoptedNow = 0;
        foreach (var e in events)
        {
            adoptedNow |= e.Adopted ? 1UL << e.Practice : 0;
        }

        for (var p = 0; p < practices; p++)
        {
            var bit = 1UL << p;
            if ((self.Practising & bit) != 0 || (self.Recovered & bit) != 0)
            {
                continue;
            }

            var bin = p * Bins + Math.Min(practising[p], Cap);
            atRisk[bin]++;
            if ((adoptedNow & bit) != 0)
            {
                adopted[bin]++;
            }
        }
    }
}
