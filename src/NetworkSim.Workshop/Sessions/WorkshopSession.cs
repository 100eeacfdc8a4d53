using System.Diagnostics;
using System.Threading.Channels;

namespace NetworkSim.Workshop.Sessions;

/// <summary>
/// One browser tab's runs (design a, design b, ...), stepped together: by hand or by a play loop at a chosen
/// speed. Every start, step and state change goes to the tab's event streams; the session keeps its runs, also
/// paused ones, until the tab closes it or stops being seen (see <see cref="SessionStore"/>).
/// </summary>
internal sealed class WorkshopSession(string id) : IAsyncDisposable
{
    public const int MinSpeed = 1;
    public const int MaxSpeed = 20;

    private readonly Dictionary<string, LiveRun> _runs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SessionEvents _events = new();
    private readonly Lock _lock = new();
    private CancellationTokenSource? _playing;
    private Task _loop = Task.CompletedTask;
    private long _lastSeen = Stopwatch.GetTimestamp();
    private bool _closed;

    public string Id => id;

    public int Speed { get; private set; } = 4;

    public bool Playing => Volatile.Read(ref _playing) is not null;

    public PlayState State => new(Playing, Speed);

    public int RunCount
    {
        get
        {
            lock (_lock)
            {
                return _runs.Count;
            }
        }
    }

    /// <summary>Time since the tab last called or, while it listens to events, now.</summary>
    public TimeSpan Idle => _events.Count > 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastSeen));

    /// <summary>Where each design stands, in slot order.</summary>
    public SessionDescription Describe()
    {
        lock (_lock)
        {
            return new(Playing, Speed, [.. _runs.Values.OrderBy(r => r.Slot, StringComparer.Ordinal).Select(r => new RunPosition(r.Slot, r.Week, r.Finished))]);
        }
    }

    public void Touch() => Interlocked.Exchange(ref _lastSeen, Stopwatch.GetTimestamp());

    public LiveRun? Run(string slot)
    {
        lock (_lock)
        {
            return _runs.GetValueOrDefault(slot);
        }
    }

    /// <summary>Starts a design in a slot, ending whatever ran there before.</summary>
    public async Task<RunStarted> StartAsync(LiveRun run)
    {
        await _gate.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (Run(run.Slot) is { } old)
            {
                await old.EndAsync();
            }

            var started = await run.StartAsync();
            lock (_lock)
            {
                _runs[run.Slot] = run;
            }

            Publish("start", started);
            return started;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts a slot's run again from week 0 on the same seed (its old grains are ended).</summary>
    public async Task<RunStarted?> ResetAsync(string slot)
    {
        await _gate.WaitAsync();
        try
        {
            if (Run(slot) is not { } run)
            {
                return null;
            }

            await run.EndAsync();
            var started = await run.StartAsync();
            Publish("start", started);
            return started;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends one slot's run; false when there was none.</summary>
    public async Task<bool> CloseRunAsync(string slot)
    {
        await _gate.WaitAsync();
        try
        {
            LiveRun? run;
            lock (_lock)
            {
                _runs.Remove(slot, out run);
            }

            if (run is null)
            {
                return false;
            }

            await run.EndAsync();
            Publish("closed", new { slot });
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Steps every run that is not over by <paramref name="ticks"/> weeks, together.</summary>
    public async Task<RunFrame[]> StepAsync(int ticks, CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            LiveRun[] runs;
            lock (_lock)
            {
                runs = [.. _runs.Values.OrderBy(r => r.Slot, StringComparer.Ordinal)];
            }

            var frames = (await Task.WhenAll(runs.Select(r => r.StepAsync(ticks)))).OfType<RunFrame>().ToArray();
            foreach (var frame in frames)
            {
                Publish("frame", frame);
            }

            return frames;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Plays at <paramref name="speed"/> weeks a second; with no run that has weeks left, nothing plays (the speed is kept).</summary>
    public PlayState Play(int speed)
    {
        lock (_lock)
        {
            Speed = speed;
            if (_playing is null && !_closed && _runs.Values.Any(r => !r.Finished))
            {
                _playing = new CancellationTokenSource();
                var token = _playing.Token;
                _loop = Task.Run(() => LoopAsync(token));
            }
        }

        Publish("state", State);
        return State;
    }

    public async Task<PlayState> PauseAsync()
    {
        Task loop;
        lock (_lock)
        {
            _playing?.Cancel();
            loop = _loop;
        }

        await loop;
        Publish("state", State);
        return State;
    }

    /// <summary>An event stream for the tab: every message from now on, as server-sent event text.</summary>
    public ChannelReader<string> Listen(out Action stop)
    {
        var reader = _events.Open("state", State, out var remove);
        stop = () =>
        {
            remove();
            Touch();
        };
        return reader;
    }

    /// <summary>Stops playing and ends every run, so that the silo deactivates their grains.</summary>
    public async ValueTask DisposeAsync()
    {
        await PauseAsync();
        await _gate.WaitAsync();
        try
        {
            LiveRun[] runs;
            lock (_lock)
            {
                _closed = true;
                runs = [.. _runs.Values];
                _runs.Clear();
                _events.Close("ended", new { session = id });
            }

            await Task.WhenAll(runs.Select(r => r.EndAsync()));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoopAsync(CancellationToken token)
    {
        try
        {
            while (!token.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var frames = await StepAsync(1, token);
                if (frames.Length == 0)
                {
                    break;
                }

                var wait = TimeSpan.FromSeconds(1.0 / Speed) - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, token);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Paused.
        }
        finally
        {
            lock (_lock)
            {
                _playing?.Dispose();
                _playing = null;
            }

            Publish("state", State);
        }
    }

    private void Publish(string kind, object payload) => _events.Publish(kind, payload);
}
