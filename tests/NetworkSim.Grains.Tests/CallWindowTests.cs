namespace NetworkSim.Grains.Tests;

/// <summary>The coordinator's window over its school calls (<see cref="CallWindow"/>).</summary>
public class CallWindowTests
{
    [Fact]
    public async Task At_most_the_window_of_calls_is_under_way_and_the_results_keep_the_order_of_the_list()
    {
        var pending = new List<(int Index, TaskCompletionSource<int> Done)>();
        var underWay = 0;
        var most = 0;
        var calls = CallWindow.CallAsync(10, 3, i =>
        {
            underWay++;
            most = Math.Max(most, underWay);
            var done = new TaskCompletionSource<int>();
            pending.Add((i, done));
            return done.Task;
        });

        // Finish them latest first, as far as the window lets them start: the order they end in is not the list's.
        while (pending.Count > 0)
        {
            var (index, done) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            underWay--;
            done.SetResult(index * 10);
        }

        var results = await calls;
        Assert.Equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90], results);
        Assert.Equal(3, most);
    }

    [Fact]
    public async Task Every_call_is_made_after_one_fails_and_the_failure_of_the_first_failed_call_in_the_list_is_thrown()
    {
        var made = new List<int>();
        var calls = CallWindow.CallAsync(6, 2, i =>
        {
            made.Add(i);
            return i is 1 or 4 ? Task.FromException<int>(new InvalidOperationException($"call {i} failed")) : Task.FromResult(i);
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => calls);
        Assert.Equal("call 1 failed", error.Message);
        Assert.Equal([0, 1, 2, 3, 4, 5], made.Order());
    }

    [Fact]
    public async Task No_calls_give_no_results()
    {
        var results = await CallWindow.CallAsync(0, 64, i => Task.FromResult(i));
        Assert.Empty(results);
    }
}
