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

            var k = 0;
            foreach (var peer in contacts)
            {
                k += (peer.Practising & bit) != 0 ? 1 : 0;
            }

            var bin = p * Bins + Math.Min(k, Cap);
            atRisk[bin]++;
            if ((adoptedNow & bit) != 0)
            {
                adopted[bin]++;
            }
        }
    }
}
