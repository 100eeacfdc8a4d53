using NetworkSim.Model.Engine;

namespace NetworkSim.Model.Tests.Engine;

public class WatcherIndexTests
{
    [Fact]
    public void Marking_a_participant_marks_exactly_its_local_watchers()
    {
        // Locals 0 and 2 watch 40; local 1 watches 7 twice (a repeated tie); nobody watches 8.
        var index = WatcherIndex.Of([[40, 7], [7, 7], [40]]);
        Assert.Equal([true, false, true], Marked(index, 40, 3));
        Assert.Equal([true, true, false], Marked(index, 7, 3));
        Assert.Equal([false, false, false], Marked(index, 8, 3));
        Assert.Equal([7, 40], index.Keys);
    }

    [Fact]
    public void A_watcher_added_later_is_marked_once_and_a_known_one_is_not_added_again()
    {
        var index = WatcherIndex.Of([[40], [7]]);
        index.Add(40, 1);
        index.Add(40, 1);
        index.Add(40, 0);
        index.Add(8, 0);
        Assert.Equal([1], index.Added[40]);
        Assert.Equal([true, true], Marked(index, 40, 2));
        Assert.Equal([true, false], Marked(index, 8, 2));
    }

    [Theory]
    [InlineData(100, 10_000)]
    [InlineData(40, 1_000_000)]
    [InlineData(30, 100_000_000)]
    [InlineData(3, 300)]
    public void The_index_holds_each_watched_participants_distinct_local_watchers_in_order(int staff, int participants)
    {
        var random = new Random(staff * 31 + participants);
        // Repeated ties included: a contact drawn twice by one local is one watcher.
        var contacts = Enumerable.Range(0, staff).Select(_ => Enumerable.Range(0, random.Next(0, 25)).Select(_ => random.Next(participants)).ToArray()).ToArray();
        var expected = contacts.SelectMany((own, k) => own.Select(j => (Watched: j, Local: k))).Distinct()
            .GroupBy(p => p.Watched).OrderBy(g => g.Key).ToArray();

        var index = WatcherIndex.Of(contacts);

        Assert.Equal(expected.Select(g => g.Key), index.Keys);
        Assert.Equal(expected.SelectMany(g => g.Select(p => p.Local).Order()), index.Locals);
        Assert.Equal(expected.Length + 1, index.Start.Length);
        Assert.Equal(expected.Select(g => g.Count()), index.Start.Skip(1).Zip(index.Start, (next, at) => next - at));
    }

    [Fact]
    public void A_school_whose_participants_have_no_contacts_has_an_empty_index()
    {
        var index = WatcherIndex.Of([[], []]);
        Assert.Empty(index.Keys);
        Assert.Equal([0], index.Start);
        Assert.Empty(index.Locals);
        Assert.Equal([false, false], Marked(index, 0, 2));
    }

    private static bool[] Marked(WatcherIndex index, int watched, int staff)
    {
        var dirty = new bool[staff];
        index.Mark(watched, dirty);
        return dirty;
    }
}
