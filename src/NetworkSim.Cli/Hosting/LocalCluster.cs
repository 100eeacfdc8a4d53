using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A cluster on this machine for trying one out (<c>cluster up</c> / <c>cluster down</c>): a redis-server on a free
/// loopback port (no persistence) that requires a generated password, and N silo processes, each in its own session
/// with its log in the state folder. The state file, readable by its owner only, records the password and the
/// processes' ids and start times; <c>down</c> stops exactly those.
/// </summary>
internal static class LocalCluster
{
    public const string StateFileName = "cluster.json";

    /// <summary>The state folder unless <c>--dir</c> names another; clients run beside it find the password in it.</summary>
    public const string DefaultFolder = ".networksim-cluster";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string StatePath(string folder) => Path.Combine(folder, StateFileName);

    public static LocalClusterState? Read(string folder)
    {
        if (!File.Exists(StatePath(folder)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LocalClusterState>(File.ReadAllText(StatePath(folder)), Json)
                ?? throw new JsonException("it holds null");
        }
        catch (JsonException e)
        {
            throw new OutputException($"{StatePath(folder)}: not the state file 'cluster up' writes ({e.Message}). Allowed: that file, or none (stop what it names by process id, then remove it).");
        }
    }

    public static async Task<LocalClusterState> UpAsync(string folder, int silos, int redisPort, string clusterId, string serviceId, CancellationToken cancellation)
    {
        if (Read(folder) is { } running && (running.RedisProcess.IsRunning || running.Silos.Any(s => s.IsRunning)))
        {
            throw new OutputException($"{StatePath(folder)}: a cluster started from here is still running (Redis {running.Redis}); 'networksim cluster down' first.");
        }

        var redisServer = FindOnPath("redis-server")
            ?? throw new OutputException("redis-server: not found on PATH. On Debian or Ubuntu: sudo apt-get install redis-server.");
        // A new folder is its owner's alone; the state file and Redis' configuration are in any case.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
        }

        var port = redisPort == 0 ? FreeLoopbackPort() : redisPort;
        // Anyone on the machine can reach a loopback port: Redis answers only who knows this password. It goes to
        // redis-server in a configuration file only its owner can read (a command line is visible to all), which is
        // removed once Redis answers, and to the silos in their environment.
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var configuration = Path.Combine(folder, "redis.conf");
        WriteOwnerOnly(configuration, $"requirepass {password}\n");
        var redis = ChildProcess.Start(redisServer, [configuration, "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], Path.Combine(folder, "redis.log"));
        var started = new List<ChildProcess>();
        var state = new LocalClusterState($"127.0.0.1:{port}", clusterId, serviceId, redis, started, password);
        try
        {
            var address = new ClusterAddress(state.Redis, clusterId, serviceId) { Password = password, PasswordSource = StatePath(folder) };
            try
            {
                await WaitForRedisAsync(address, redis, cancellation);
            }
            finally
            {
                File.Delete(configuration);
            }

            var (program, prefix) = Self();
            for (var i = 1; i <= silos; i++)
            {
                started.Add(ChildProcess.Start(program, [.. prefix, "silo", "--cluster", state.Redis, "--cluster-id", clusterId, "--service-id", serviceId], Path.Combine(folder, $"silo-{i}.log"),
                    new Dictionary<string, string> { [RedisPassword.Variable] = password }));
            }

            Write(folder, state);
            foreach (var silo in started)
            {
                await WaitForReadyAsync(silo, cancellation);
            }

            return state;
        }
        catch
        {
            await DownAsync(state);
            File.Delete(StatePath(folder));
            throw;
        }
    }

    /// <summary>Stops the silos (SIGTERM, then SIGKILL after 20 s) and then Redis; returns how many were still running.</summary>
    public static async Task<int> DownAsync(LocalClusterState state)
    {
        var stopped = await Task.WhenAll(state.Silos.Select(s => s.StopAsync(TimeSpan.FromSeconds(20))));
        var redis = await state.RedisProcess.StopAsync(TimeSpan.FromSeconds(5));
        return stopped.Count(s => s) + (redis ? 1 : 0);
    }

    private static void Write(string folder, LocalClusterState state)
    {
        var temporary = StatePath(folder) + ".tmp";
        WriteOwnerOnly(temporary, JsonSerializer.Serialize(state, Json));
        File.Move(temporary, StatePath(folder), overwrite: true);
    }

    /// <summary>
    /// Writes a file that is its owner's alone from the moment it exists (created with mode 600, never a leftover
    /// file's mode, never through a link: a file already there is removed first and then refused if it reappears).
    /// </summary>
    private static void WriteOwnerOnly(string path, string text)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    private static async Task WaitForRedisAsync(ClusterAddress address, ChildProcess redis, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await address.CheckRedisAsync(cancellation);
                return;
            }
            catch (OutputException) when (redis.IsRunning && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100, cancellation);
            }
            catch (OutputException)
            {
                throw new OutputException($"redis-server did not start on {address.Redis}: {redis.LastLogLine()} (log: {redis.Log})");
            }
        }
    }

    private static async Task WaitForReadyAsync(ChildProcess silo, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (!IsReady(silo))
        {
            if (!silo.IsRunning || clock.Elapsed > ReadyTimeout)
            {
                throw new OutputException($"silo (pid {silo.Pid}) {(silo.IsRunning ? $"not ready after {ReadyTimeout.TotalSeconds:0} s" : "ended")}: {silo.LastLogLine()} (log: {silo.Log})");
            }

            await Task.Delay(100, cancellation);
        }
    }

    private static bool IsReady(ChildProcess silo)
    {
        try
        {
            using var stream = new FileStream(silo.Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd().Contains(Commands.SiloCommand.ReadyLine, StringComparison.Ordinal);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>How to start this program again: the apphost, or dotnet with this assembly.</summary>
    private static (string Program, string[] Prefix) Self() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? (Environment.ProcessPath!, [typeof(LocalCluster).Assembly.Location])
            : (Environment.ProcessPath!, []);

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
