using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NetworkSim.Tests.Shared;

/// <summary>
/// A redis-server of the test's own on a free loopback port, without persistence, stopped by its process id
/// (Debian's redis-server; scripts/install-components.sh installs it). A test that starts one is skipped where
/// redis-server is not on PATH (<see cref="Components"/>).
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string without a password.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Starts one and waits until it accepts connections; <paramref name="password"/> makes it require one.</summary>
    public static RedisServer Start(string? password = null)
    {
        var server = Components.RedisServer();
        var port = FreePort();
        var start = new ProcessStartInfo(server) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", .. password is null ? Array.Empty<string>() : ["--requirepass", password]])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new RedisServer(process, port);
        var clock = Stopwatch.StartNew();
        while (!redis.Accepts())
        {
            Assert.True(!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(10), $"redis-server did not start on port {port}");
            Thread.Sleep(50);
        }

        return redis;
    }

    public void Dispose()
    {
        // Killed by its own id, never by name: other redis-servers on the machine are left alone.
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A loopback port nothing listens on (just released by the OS).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
