namespace NetworkSim.OrleansFloor;

/// <summary>How many floor grains are activated and not yet disposed by Orleans, and a wait for none.</summary>
internal static class Live
{
    private static readonly Lock Gate = new();
    private static int _count;
    private static TaskCompletionSource _none = Done();

    public static int Count
    {
        get
        {
            lock (Gate)
            {
                return _count;
            }
        }
    }

    public static void Arrive()
    {
        lock (Gate)
        {
            if (_count++ == 0)
            {
                _none = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public static void Leave()
    {
        TaskCompletionSource? none = null;
        lock (Gate)
        {
            if (--_count == 0)
            {
                none = _none;
            }
        }

        none?.TrySetResult();
    }

    /// <summary>Completes once every floor grain has been disposed (Orleans disposes an activation once it has deactivated).</summary>
    public static Task NoneAsync()
    {
        lock (Gate)
        {
            return _none.Task;
        }
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
