using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace NetworkSim.Workshop.Sessions;

/// <summary>
/// The open tabs' sessions. A tab names its session (a random id it makes when it loads), so a second tab never
/// touches the first one's runs. A session no tab has listened to or called for <see cref="IdleTimeout"/> is
/// closed and its runs ended, so paused runs are kept while their tab lives and the silo's memory comes back after.
/// </summary>
internal sealed partial class SessionStore : IAsyncDisposable
{
    /// <summary>Sessions at once: each holds up to <see cref="MaxRunsPerSession"/> runs on the silo.</summary>
    public const int MaxSessions = 32;

    public const int MaxRunsPerSession = 4;

    private readonly ConcurrentDictionary<string, WorkshopSession> _sessions = new(StringComparer.Ordinal);
    private readonly Timer _reaper;

    public SessionStore(TimeSpan idleTimeout)
    {
        IdleTimeout = idleTimeout;
        var every = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(50).Ticks, idleTimeout.Ticks / 4));
        _reaper = new Timer(_ => _ = ReapAsync(), null, every, every);
    }

    public TimeSpan IdleTimeout { get; }

    public int Count => _sessions.Count;

    public int RunCount => _sessions.Values.Sum(s => s.RunCount);

    public static bool IsValidId(string id) => SessionId().IsMatch(id);

    public static bool IsValidSlot(string slot) => Slot().IsMatch(slot);

    public WorkshopSession? Find(string id)
    {
        if (_sessions.TryGetValue(id, out var session))
        {
            session.Touch();
        }

        return session;
    }

    /// <summary>The tab's session, made on its first call; null when too many tabs are open.</summary>
    public WorkshopSession? Open(string id)
    {
        if (Find(id) is { } found)
        {
            return found;
        }

        return _sessions.Count >= MaxSessions ? null : _sessions.GetOrAdd(id, key => new WorkshopSession(key));
    }

    public async Task<bool> CloseAsync(string id)
    {
        if (!_sessions.TryRemove(id, out var session))
        {
            return false;
        }

        await session.DisposeAsync();
        return true;
    }

    /// <summary>Closes the sessions nobody has seen for the idle time.</summary>
    public async Task ReapAsync()
    {
        foreach (var session in _sessions.Values.Where(s => s.Idle > IdleTimeout).ToList())
        {
            await CloseAsync(session.Id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reaper.DisposeAsync();
        foreach (var id in _sessions.Keys.ToList())
        {
            await CloseAsync(id);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex SessionId();

    [GeneratedRegex("^[a-z0-9]{1,8}$")]
    private static partial Regex Slot();
}
