using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>Which facilitator serves each school of a replicate, and how much of its strength each school gets.</summary>
internal static class FacilitatorAssignment
{
    /// <summary>
    /// Which facilitator serves each school (-1 for none): the scenario's named schools, or else equal consecutive
    /// blocks shared out by the runner.
    /// </summary>
    public static int[] SchoolsFacilitator(FacilitationSpec spec, int schools)
    {
        var facilitator = new int[schools];
        if (spec.Serves.Count > 0)
        {
            Array.Fill(facilitator, -1);
            for (var f = 0; f < spec.Serves.Count; f++)
            {
                foreach (var s in spec.Serves[f])
                {
                    facilitator[s] = f;
                }
            }

            return facilitator;
        }

        for (var s = 0; s < schools; s++)
        {
            facilitator[s] = spec.Count == 0 ? -1 : (int)((long)s * spec.Count / schools);
        }

        return facilitator;
    }

    /// <summary>Each school's share of its facilitator's full strength: its time divided over the schools it serves, up to capacity.</summary>
    public static double[] Shares(FacilitationSpec spec, int[] facilitator)
    {
        var served = new int[Math.Max(spec.Count, spec.Serves.Count)];
        foreach (var f in facilitator.Where(f => f >= 0))
        {
            served[f]++;
        }

        return Array.ConvertAll(facilitator, f => f < 0 ? 0 : spec.TimeShare(served[f]));
    }
}
