using System.Text.Json;
using System.Threading.Channels;

namespace NetworkSim.Workshop.Sessions;

/// <summary>
/// A session's open event streams: each gets every message published from the time it opened, as server-sent
/// event text, keeping its newest 256 for a slow reader; closing ends them all with a last message, and a stream
/// opened after that ends at once.
/// </summary>
internal sealed class SessionEvents
{
    private readonly List<Channel<string>> _listeners = [];
    private readonly Lock _lock = new();
    private bool _closed;

    /// <summary>A new stream that starts with <paramref name="kind"/> and <paramref name="payload"/>; <paramref name="stop"/> removes it.</summary>
    public ChannelReader<string> Open(string kind, object payload, out Action stop)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            if (_closed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _listeners.Add(channel);
            }
        }

        stop = () =>
        {
            lock (_lock)
            {
                _listeners.Remove(channel);
            }
        };
        channel.Writer.TryWrite(Message(kind, payload));
        return channel.Reader;
    }

    public void Publish(string kind, object payload)
    {
        var text = Message(kind, payload);
        lock (_lock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(text);
            }
        }
    }

    /// <summary>Sends <paramref name="kind"/> and <paramref name="payload"/> to every stream and ends them.</summary>
    public void Close(string kind, object payload)
    {
        var text = Message(kind, payload);
        lock (_lock)
        {
            _closed = true;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(text);
                listener.Writer.TryComplete();
            }

            _listeners.Clear();
        }
    }

    /// <summary>The listener count, for the idle check.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _listeners.Count;
            }
        }
    }

    private static string Message(string kind, object payload) =>
        $"event: {kind}\ndata: {JsonSerializer.Serialize(payload, WorkshopJson.Options)}\n\n";
}
