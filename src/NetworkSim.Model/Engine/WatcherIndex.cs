using System.Buffers;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>
/// For each participant (of any school), the local participants of one school that have it as a contact. Built once,
/// when a participant of the school first needs no step (<see cref="SchoolChanges.IndexWatchers"/>), as flat sorted
/// arrays (one entry per tie, no list per contact: a school of 100 has about 1,000 watched participants), with the ties
/// brokered later kept apart and grown in place. It tells a school which of its participants a changed contact could
/// wake (the dirty path of <see cref="SchoolTick.Begin"/>), which acts only for rule sets whose
/// <see cref="RuleSets.IParticipantRules.NeedsStep"/> can answer no: the textbook models. The networked-improvement
/// model steps every participant every tick, so its schools ask everyone again and never build one.
/// </summary>
[GenerateSerializer, Alias("NetworkSim.WatcherIndex")]
public sealed class WatcherIndex
{
    /// <summary>Watched participants, ascending.</summary>
    [Id(0)]
    public required int[] Keys { get; set; }

    /// <summary>Where each key's watchers begin in <see cref="Locals"/>; one more entry than <see cref="Keys"/>.</summary>
    [Id(1)]
    public required int[] Start { get; set; }

    /// <summary>The local watchers of each key, ascending within a key.</summary>
    [Id(2)]
    public required int[] Locals { get; set; }

    /// <summary>Watchers added after the index was built (brokered ties), by watched participant; grown in place.</summary>
    [Id(3)]
    public required Dictionary<int, List<int>> Added { get; set; }

    /// <summary>The index of the contacts of a school's participants (<paramref name="contacts"/>[k] for local k).</summary>
    public static WatcherIndex Of(int[][] contacts)
    {
        var total = 0;
        foreach (var c in contacts)
        {
            total += c.Length;
        }

        // (watched, local) pairs in the order of the locals: sorted stably by watched, each watched's locals stay
        // ascending and a repeated tie stays next to itself. A radix sort of a byte a pass (two passes below 65,536
        // participants) in pooled arrays, and exact arrays out: the comparison sort of packed pairs and the lists it
        // filled took an eighth of a replicate's start at n = 10,000 and a fifth of the bytes it allocated.
        var pool = ArrayPool<int>.Shared;
        var watched = pool.Rent(total);
        var local = pool.Rent(total);
        try
        {
            var n = 0;
            var largest = 0;
            for (var k = 0; k < contacts.Length; k++)
            {
                foreach (var j in contacts[k])
                {
                    watched[n] = j;
                    local[n++] = k;
                    largest = Math.Max(largest, j);
                }
            }

            RadixSort.StablyByKey(watched.AsSpan(0, total), local.AsSpan(0, total), largest);
            // A repeated tie sits next to its twin: dropped in place, counting the distinct watched as they come.
            var m = 0;
            var distinctKeys = 0;
            for (var i = 0; i < total; i++)
            {
                var sameKey = m > 0 && watched[i] == watched[m - 1];
                if (sameKey && local[i] == local[m - 1])
                {
                    continue;
                }

                distinctKeys += sameKey ? 0 : 1;
                watched[m] = watched[i];
                local[m++] = local[i];
            }

            var keys = new int[distinctKeys];
            var start = new int[distinctKeys + 1];
            for (int i = 0, key = -1; i < m; i++)
            {
                if (i == 0 || watched[i] != watched[i - 1])
                {
                    keys[++key] = watched[i];
                    start[key] = i;
                }
            }

            start[distinctKeys] = m;
            var locals = local.AsSpan(0, m).ToArray();
            return new WatcherIndex { Keys = keys, Start = start, Locals = locals, Added = [] };
        }
        finally
        {
            pool.Return(watched);
            pool.Return(local);
        }
    }

    /// <summary>Records that local participant <paramref name="local"/> has <paramref name="watched"/> as a contact.</summary>
    public void Add(int watched, int local)
    {
        var i = Array.BinarySearch(Keys, watched);
        if (i >= 0 && Array.BinarySearch(Locals, Start[i], Start[i + 1] - Start[i], local) >= 0)
        {
            return;
        }

        if (!Added.TryGetValue(watched, out var list))
        {
            Added[watched] = list = [];
        }

        if (!list.Contains(local))
        {
            list.Add(local);
        }
    }

    /// <summary>Sets <paramref name="dirty"/>[k] for every local watcher k of <paramref name="watched"/>.</summary>
    public void Mark(int watched, bool[] dirty)
    {
        var i = Array.BinarySearch(Keys, watched);
        if (i >= 0)
        {
            for (var w = Start[i]; w < Start[i + 1]; w++)
            {
                dirty[Locals[w]] = true;
            }
        }

        if (Added.Count > 0 && Added.TryGetValue(watched, out var list))
        {
            foreach (var k in list)
            {
                dirty[k] = true;
            }
        }
    }
}
