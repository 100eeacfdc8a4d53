namespace NetworkSim.Grains;

/// <summary>
/// Makes a list of grain calls with at most a window of them under way at once, and gives their results in the
/// list's order, whatever order they finish in. Every call is made, even after one has failed, as
/// <see cref="Task.WhenAll(IEnumerable{Task})"/> would; the failure of the first failed call in the list is then thrown.
/// </summary>
/// <remarks>
/// Why a window: a coordinator that announces a tick to every school at once has every school's announcement, and
/// soon every participant call of every school, waiting in the silo's queues together. At 62,500 schools
/// (1,000,000 participants) that is millions of messages alive at each collection, promoted to gen 2 and collected
/// there: half the tick's CPU was the collector's (docs/performance.md, Round 8). With the window the silo holds
/// only the calls it can work on. Results are independent of it: each call's result is kept at its index.
/// Called on a grain's own turn only (not thread-safe): its calls continue on that grain's scheduler.
/// </remarks>
internal static class CallWindow
{
    /// <summary>The window a coordinator keeps per active silo: measured at 1,000,000 participants, 16 to 256 (docs/performance.md, Round 8).</summary>
    public const int PerSilo = 64;

    /// <summary>Makes <paramref name="count"/> calls, call(i) for i = 0 … count − 1, at most <paramref name="window"/> at once.</summary>
    public static async Task<T[]> CallAsync<T>(int count, int window, Func<int, Task<T>> call)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var results = new T[count];
        var next = 0;
        var failedAt = int.MaxValue;
        Exception? failed = null;

        async Task Lane()
        {
            while (next < count)
            {
                var i = next++;
                try
                {
                    results[i] = await call(i);
                }
                catch (Exception error) when (i < failedAt)
                {
                    (failedAt, failed) = (i, error);
                }
                catch (Exception)
                {
                    // A later call's failure: the first one in the list is the one reported.
                }
            }
        }

        var lanes = new Task[Math.Min(window, count)];
        for (var l = 0; l < lanes.Length; l++)
        {
            lanes[l] = Lane();
        }

        await Task.WhenAll(lanes);
        if (failed is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }

        return results;
    }
}
