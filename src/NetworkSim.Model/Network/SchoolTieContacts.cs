using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>
/// One school's contacts under the <c>school_ties</c> participant graph, built without the rest of the graph: a ring
/// of colleagues inside the school and, for each network member, every network member of each tied school. The one
/// definition of that graph: the whole build (<see cref="NetworkBuilder"/>) puts it together from these slices.
/// </summary>
internal static class SchoolTieContacts
{
    public static SchoolContacts Build(NetworkDesign design, int[] schoolStart, bool[] inNetwork, int[][] schoolNeighbours, int school)
    {
        var first = schoolStart[school];
        var staff = schoolStart[school + 1] - first;
        var colleagues = design.Colleagues <= 0 || design.Colleagues >= staff - 1 ? staff - 1 : design.Colleagues;
        // Tied schools ascend and each one's members are consecutive, so this list is sorted already.
        var remote = new List<int>();
        foreach (var t in schoolNeighbours[school])
        {
            for (var i = schoolStart[t]; i < schoolStart[t + 1]; i++)
            {
                if (inNetwork[i])
                {
                    remote.Add(i);
                }
            }
        }

        var lists = new int[staff][];
        var ring = new List<int>();
        for (var k = 0; k < staff; k++)
        {
            ring.Clear();
            // A ring of colleagues, k/2 on each side (everyone when colleagues = staff - 1), as the whole build ties them.
            for (var j = 1; j <= (colleagues + 1) / 2; j++)
            {
                ring.Add(first + (k + j) % staff);
                ring.Add(first + ((k - j) % staff + staff) % staff);
            }

            ring.RemoveAll(other => other == first + k);
            if (inNetwork[first + k])
            {
                ring.AddRange(remote);
            }

            lists[k] = SchoolGraph.SortedDistinct([.. ring]);
        }

        var start = new int[staff + 1];
        for (var k = 0; k < staff; k++)
        {
            start[k + 1] = start[k] + lists[k].Length;
        }

        var contacts = new int[start[^1]];
        for (var k = 0; k < staff; k++)
        {
            lists[k].CopyTo(contacts, start[k]);
        }

        return new SchoolContacts { School = school, First = first, Start = start, Contacts = contacts };
    }
}
