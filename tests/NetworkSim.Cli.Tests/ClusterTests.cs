using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Tests;

/// <summary>The cluster commands as a user runs them: real silo processes, a real redis-server, a client.</summary>
public class ClusterTests
{
    [SkippableFact]
    public async Task Silos_killed_mid_run_and_mid_sweep_on_three_silo_processes_one_of_them_the_clients_gateway_are_recovered_from_checkpoints_with_the_embedded_silos_results_no_checkpoint_left_in_Redis_and_the_last_one_killed_is_one_line()
    {
        Components.RedisServer(); // 'cluster up' starts it
        using var temp = new TempDirectory();
        var state = Path.Combine(temp.Path, "cluster");
        var up = await Cli.RunAsync("cluster", "up", "--silos", "3", "--cluster-id", "test", "--service-id", "networksim-tests", "--dir", state);
        Assert.True(up.ExitCode == 0, up.Error + up.Output);
        var pids = ClusterPids(state);
        Assert.Equal(4, pids.Length);
        Cli.Outcome down;
        try
        {
            var redis = JsonDocument.Parse(File.ReadAllText(Path.Combine(state, "cluster.json"))).RootElement.GetProperty("Redis").GetString()!;
            // The state folder is not the clients' working folder: they are given the password in the environment.
            string[] password = [$"NETWORKSIM_REDIS_PASSWORD={Password(state)}"];
            Assert.Contains($"use it with: --cluster {redis} --cluster-id test --service-id networksim-tests", up.Output);
            var gateways = SiloGateways(state);
            Assert.Equal(pids[1..].Order(), gateways.Values.Order());
            string[] shortened = ["--ticks", "16", "--replicates", "1", "--quiet"];

            // The client sends its calls to the run's coordinator through one silo's gateway (Orleans picks one per
            // grain), which its trace log names. That silo is killed once the run has stepped past its checkpoint at
            // tick 5 (the telemetry writes each tick's span when the tick ends): the client loses its gateway and the
            // run's grains there, goes on through another gateway, sees the silo leave the membership table,
            // restores the run from that checkpoint on the two silos left, and finishes as if nothing had happened.
            var lost = Cli.StartWith(Cli.RepositoryRoot, ["NETWORKSIM_LOG=Trace", .. password], ["run", Cli.Scenario("large-network.yaml"), .. shortened, "--out", Path.Combine(temp.Path, "cluster-run"),
                "--cluster", redis, "--cluster-id", "test", "--service-id", "networksim-tests", "--checkpoint-every", "5", "--telemetry", "console"]);
            string? gateway = null;
            while (await lost.StandardOutput.ReadLineAsync() is { } line && !line.Contains("networksim.tick: 7", StringComparison.Ordinal))
            {
                gateway = Regex.Match(line, @"->\[ runcoordinator/.* via gateway '(127\.0\.0\.1:\d+)'") is { Success: true } match ? match.Groups[1].Value : gateway;
            }

            Assert.NotNull(gateway);
            // A checkpoint must be in Redis before the kill; waited for, not assumed (it once was not yet, under load).
            Assert.True(await UntilAsync(() => CheckpointKeys(redis, state).Length > 0, lost), "the run ended before any checkpoint was in Redis");
            var clients = gateways[gateway];
            Process.GetProcessById(clients).Kill();
            var clustered = await Cli.FinishAsync(lost);
            Assert.True(clustered.ExitCode == 0, clustered.Error);
            Assert.Contains($"on a client of cluster 'test' (service 'networksim-tests', Redis {redis})", clustered.Error);
            Assert.Contains("networksim: a gateway's connection closed (2 gateways still connected); the client goes on through the others\n", clustered.Error);
            var recovered = Assert.Single(clustered.Error.Split('\n'), l => l.Contains("restored from checkpoint", StringComparison.Ordinal));
            var restored = Regex.Match(recovered, @"^networksim: replicate 0: silo 127\.0\.0\.1:\d+:\d+ lost at tick \d+; restored from checkpoint at tick (5|10|15) in \d+\.\d s$");
            Assert.True(restored.Success, recovered);
            var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "cluster-run", "summary.json"))).RootElement;
            Assert.Equal(int.Parse(restored.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                Assert.Single(summary.GetProperty("recoveries").EnumerateArray()).GetProperty("checkpoint_tick").GetInt32());
            // The run's records are gone, also those the killed silo's grains wrote and never cleared.
            Assert.Empty(CheckpointKeys(redis, state));

            // A sweep of two runs on the two silos left, one of them killed mid-sweep: each run in flight is restored
            // on the last silo from its own checkpoint, and every finished run is written once.
            var sweep = temp.Write("sweep.yaml", $"name: cluster-sweep\nbase: {Cli.Scenario("large-network.yaml")}\nseed: 1000\nreplicates: 2\nset:\n  ticks: 16\ndesign: list\npoints:\n  - {{}}\n");
            var swept = Cli.StartWith(Cli.RepositoryRoot, password, ["sweep", sweep, "--out", Path.Combine(temp.Path, "cluster-sweep"), "--parallel", "2", "--quiet",
                "--cluster", redis, "--cluster-id", "test", "--service-id", "networksim-tests", "--checkpoint-every", "5", "--telemetry", "console"]);
            while (await swept.StandardOutput.ReadLineAsync() is { } line && !line.Contains("networksim.tick: 7", StringComparison.Ordinal))
            {
            }

            var second = pids[1..].First(pid => pid != clients);
            Process.GetProcessById(second).Kill();
            var sweptOutcome = await Cli.FinishAsync(swept);
            Assert.True(sweptOutcome.ExitCode == 0, sweptOutcome.Error);
            var sweepRecoveries = sweptOutcome.Error.Split('\n').Where(l => l.Contains("restored from checkpoint", StringComparison.Ordinal)).ToArray();
            Assert.InRange(sweepRecoveries.Length, 1, 2);
            Assert.All(sweepRecoveries, l => Assert.Matches(@"^networksim: point 0, replicate [01]: silo 127\.0\.0\.1:\d+:\d+ lost at tick \d+; restored from checkpoint at tick (0|5|10|15) in \d+\.\d s$", l));
            Assert.Equal(3, File.ReadAllLines(Path.Combine(temp.Path, "cluster-sweep", "runs.csv")).Length);
            Assert.Empty(CheckpointKeys(redis, state));

            // Two small designs compared on the last silo: the same runs and time series as on the embedded silo.
            string[] designs = ["compare", Cli.Scenario(Path.Combine("designs", "twelve-diverse-one-facilitator.yaml")), Cli.Scenario(Path.Combine("designs", "twenty-four-similar-two-facilitators.yaml")), "--ticks", "6", "--replicates", "2", "--quiet"];
            var compared = await Cli.FinishAsync(Cli.StartWith(Cli.RepositoryRoot, password, [.. designs, "--out", Path.Combine(temp.Path, "cluster-compare"), "--cluster", redis, "--cluster-id", "test", "--service-id", "networksim-tests", "--checkpoint-every", "5"]));
            Assert.True(compared.ExitCode == 0, compared.Error);
            var comparedEmbedded = await Cli.RunAsync([.. designs, "--out", Path.Combine(temp.Path, "embedded-compare")]);
            Assert.True(comparedEmbedded.ExitCode == 0, comparedEmbedded.Error);
            foreach (var file in new[] { "runs.csv", "timeseries.csv" })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "embedded-compare", file)), File.ReadAllText(Path.Combine(temp.Path, "cluster-compare", file)));
            }

            Assert.Equal(File.ReadAllLines(Path.Combine(temp.Path, "embedded-compare", "compare.json")).Where(l => !l.Contains("\"command\"", StringComparison.Ordinal)),
                File.ReadAllLines(Path.Combine(temp.Path, "cluster-compare", "compare.json")).Where(l => !l.Contains("\"command\"", StringComparison.Ordinal)));
            Assert.Empty(CheckpointKeys(redis, state));

            // The last silo killed mid-run: no gateway is left, nor a silo to vote it dead, so the client says so at
            // once (it used to wait for the 30-minute response timeout of the call in flight).
            var stranded = Cli.StartWith(Cli.RepositoryRoot, password, ["run", Cli.Scenario("large-network.yaml"), .. shortened, "--out", Path.Combine(temp.Path, "cluster-stranded"),
                "--cluster", redis, "--cluster-id", "test", "--service-id", "networksim-tests", "--checkpoint-every", "5", "--telemetry", "console"]);
            while (await stranded.StandardOutput.ReadLineAsync() is { } line && !line.Contains("networksim.tick: 2", StringComparison.Ordinal))
            {
            }

            Process.GetProcessById(pids[1..].Single(pid => pid != clients && pid != second)).Kill();
            var clock = Stopwatch.StartNew();
            var strandedOutcome = await Cli.FinishAsync(stranded);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
            Assert.Equal(2, strandedOutcome.ExitCode);
            Assert.Equal($"error: cluster 'test' (service 'networksim-tests', Redis {redis}): the client lost its connection to every gateway mid-run (no silo is reachable), so no results were written. Run it again once a silo of the cluster is up.",
                strandedOutcome.Error.Split('\n').Single(l => l.StartsWith("error:", StringComparison.Ordinal)));
            Assert.False(Directory.Exists(Path.Combine(temp.Path, "cluster-stranded")));

            // Both replicates embedded: the run's and the sweep's every row, tick by tick, are the embedded silo's.
            var embedded = await Cli.RunAsync(["run", Cli.Scenario("large-network.yaml"), "--ticks", "16", "--replicates", "2", "--quiet", "--out", Path.Combine(temp.Path, "embedded-run")]);
            Assert.True(embedded.ExitCode == 0, embedded.Error);
            var expected = File.ReadAllLines(Path.Combine(temp.Path, "embedded-run", "timeseries.csv"));
            var run = File.ReadAllLines(Path.Combine(temp.Path, "cluster-run", "timeseries.csv"));
            Assert.Equal(expected.Where(l => !l.StartsWith("1,", StringComparison.Ordinal)), run);
            Assert.Equal(expected.Skip(1), File.ReadAllLines(Path.Combine(temp.Path, "cluster-sweep", "timeseries.csv")).Skip(1).Select(l => l[(l.IndexOf(',') + 1)..]));
        }
        finally
        {
            down = await Cli.RunAsync("cluster", "down", "--dir", state);
        }

        Assert.True(down.ExitCode == 0, down.Error);
        Assert.Equal("cluster down: stopped 1 of 4 processes (the others had already ended).\n", down.Output);

        Assert.All(pids, pid => Assert.False(IsRunning(pid), $"process {pid} still runs"));
        Assert.False(File.Exists(Path.Combine(state, "cluster.json")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    [InlineData("compare")]
    public async Task Checkpoints_are_refused_without_a_cluster(string command)
    {
        var outcome = await Cli.RunAsync(command, Cli.Scenario("workshop-demo.yaml"), "--checkpoint-every", "5");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --checkpoint-every: only allowed with --cluster <redis connection> (an embedded silo loses nothing a checkpoint would keep).\n", outcome.Error);
    }

    [Fact]
    public async Task An_unreachable_Redis_is_one_clear_error_within_seconds()
    {
        using var temp = new TempDirectory();
        var port = RedisServer.FreePort();
        var clock = Stopwatch.StartNew();
        var outcome = await Cli.FinishAsync(Cli.StartWith(temp.Path, ["NETWORKSIM_REDIS_PASSWORD=hunter2-secret"], ["run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--out", Path.Combine(temp.Path, "out"),
            "--cluster", $"127.0.0.1:{port}", "--cluster-id", "c", "--service-id", "s"]));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"error: --cluster 127.0.0.1:{port}: Redis did not answer (", outcome.Error.Split('\n').Single(l => l.StartsWith("error:", StringComparison.Ordinal)));
        Assert.DoesNotContain("hunter2", outcome.Error + outcome.Output);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [SkippableTheory]
    [InlineData("{0},password=hunter2-secret", "{0},password=***", false)]
    [InlineData("{0},Password=hunter2-secret", "{0},Password=***", false)]
    [InlineData("{0}, PASSWORD = hunter2-secret ", "{0}, PASSWORD =***", false)]
    [InlineData("{0},user=default,password=hunter2-secret", "{0},user=default,password=***", false)]
    [InlineData("{0}", "{0}", true)]
    public async Task A_client_whose_cluster_has_no_silo_is_told_so_and_the_password_never_shows_in_any_spelling(string connection, string shown, bool inItsOwnVariable)
    {
        using var redis = RedisServer.Start(password: "hunter2-secret");
        using var temp = new TempDirectory();
        // From environment variables (kept out of the process list): Redis accepted the password each time.
        string[] environment = inItsOwnVariable ? ["NETWORKSIM_REDIS_PASSWORD=hunter2-secret", $"NETWORKSIM_TEST_REDIS={redis.Address}"]
            : [$"NETWORKSIM_TEST_REDIS={string.Format(System.Globalization.CultureInfo.InvariantCulture, connection, redis.Address)}"];
        var outcome = await Cli.FinishAsync(Cli.StartWith(temp.Path, environment, ["run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--out", Path.Combine(temp.Path, "out"),
            "--cluster", "env:NETWORKSIM_TEST_REDIS", "--cluster-id", "nobody-here", "--service-id", "s"]));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: --cluster: no silo of cluster 'nobody-here' (service 's', Redis {string.Format(System.Globalization.CultureInfo.InvariantCulture, shown, redis.Address)}) is active. " +
            "Start one with 'networksim silo --cluster <redis> --cluster-id nobody-here --service-id s' or 'networksim cluster up'.", outcome.Error.Split('\n').Single(l => l.StartsWith("error:", StringComparison.Ordinal)));
        Assert.DoesNotContain("hunter2", outcome.Error + outcome.Output);
    }

    [Theory]
    [InlineData("run", "127.0.0.1:1,password=hunter2-secret", "127.0.0.1:1,password=***")]
    [InlineData("run", "127.0.0.1:1,Password=hunter2-secret", "127.0.0.1:1,Password=***")]
    [InlineData("run", "127.0.0.1:1, PASSWORD = hunter2 secret ,ssl=false", "127.0.0.1:1, PASSWORD =***,ssl=false")]
    [InlineData("sweep", "127.0.0.1:1,user=sim,password=hunter2-secret", "127.0.0.1:1,user=sim,password=***")]
    [InlineData("silo", "password=hunter2-secret,127.0.0.1:1", "password=***,127.0.0.1:1")]
    public async Task A_password_on_the_command_line_is_refused_in_every_spelling_without_showing_it(string command, string connection, string shown)
    {
        using var temp = new TempDirectory();
        string[] scenario = command == "silo" ? [] : [Cli.Scenario("workshop-demo.yaml"), "--out", Path.Combine(temp.Path, "out")];
        foreach (var cluster in new[] { new[] { "--cluster", connection }, [$"--cluster={connection}"] })
        {
            var outcome = await Cli.RunInAsync(temp.Path, [command, .. scenario, .. cluster, "--cluster-id", "c", "--service-id", "s"]);

            Assert.Equal(2, outcome.ExitCode);
            Assert.Equal($"error: --cluster {shown}: a password on the command line is visible to every user of this machine (ps). " +
                "Allowed: the password in the environment variable NETWORKSIM_REDIS_PASSWORD, or the whole connection string in one (--cluster env:VAR).\n", outcome.Error);
            Assert.DoesNotContain("hunter2", outcome.Output);
            Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        }
    }

    [Fact]
    public async Task A_uri_is_refused_as_a_connection_string_without_showing_its_password()
    {
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--cluster", "redis://sim:hunter2-secret@127.0.0.1:1/0", "--cluster-id", "c", "--service-id", "s");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --cluster redis://***@127.0.0.1:1/0: a URI is not a connection string the Redis client reads. Allowed: host:port, e.g. 127.0.0.1:6379, with the password in NETWORKSIM_REDIS_PASSWORD.\n", outcome.Error);
    }

    [SkippableFact]
    public async Task A_wrong_or_missing_password_is_an_authentication_error_in_one_line_not_an_unanswered_Redis()
    {
        using var redis = RedisServer.Start(password: "hunter2-secret");
        using var temp = new TempDirectory();
        string[] run = ["run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--out", Path.Combine(temp.Path, "out"), "--cluster", redis.Address, "--cluster-id", "c", "--service-id", "s"];

        var wrong = await Cli.FinishAsync(Cli.StartWith(temp.Path, ["NETWORKSIM_REDIS_PASSWORD=not-the-one"], run));
        var missing = await Cli.FinishAsync(Cli.Start(temp.Path, ["NETWORKSIM_REDIS_PASSWORD"], run));
        var silo = await Cli.FinishAsync(Cli.StartWith(temp.Path, ["NETWORKSIM_REDIS_PASSWORD=not-the-one"], ["silo", "--cluster", redis.Address, "--cluster-id", "c", "--service-id", "s"]));

        Assert.Equal((2, $"error: --cluster {redis.Address}: Redis refused the password from NETWORKSIM_REDIS_PASSWORD (authentication failed). Allowed: the password Redis requires (its requirepass).\n"),
            (wrong.ExitCode, wrong.Error[wrong.Error.IndexOf("error:", StringComparison.Ordinal)..]));
        Assert.Equal((2, $"error: --cluster {redis.Address}: Redis requires a password and none was given. Allowed: the password in the environment variable NETWORKSIM_REDIS_PASSWORD, " +
            "the whole connection string in one (--cluster env:VAR), or, for a cluster 'cluster up' started, this command run in the folder that holds its .networksim-cluster/.\n"),
            (missing.ExitCode, missing.Error[missing.Error.IndexOf("error:", StringComparison.Ordinal)..]));
        Assert.Equal((2, wrong.Error[wrong.Error.IndexOf("error:", StringComparison.Ordinal)..]), (silo.ExitCode, silo.Error));
        Assert.DoesNotContain("not-the-one", wrong.Error + missing.Error + silo.Error + silo.Output);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // cluster up runs redis-server and silos with setsid
    public async Task Cluster_up_gives_its_Redis_a_generated_password_only_its_owner_can_read_and_the_readme_example_finds_it()
    {
        Components.RedisServer(); // 'cluster up' starts it
        using var temp = new TempDirectory();
        var port = RedisServer.FreePort();
        var up = await Cli.RunInAsync(temp.Path, "cluster", "up", "--silos", "1", "--redis-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var state = Path.Combine(temp.Path, ".networksim-cluster");
        try
        {
            Assert.True(up.ExitCode == 0, up.Error + up.Output);
            Assert.Contains($"use it with: --cluster 127.0.0.1:{port} --cluster-id local --service-id networksim\n", up.Output);
            var password = Password(state);
            Assert.Matches("^[0-9a-f]{48}$", password);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(state, "cluster.json")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(state));
            Assert.False(File.Exists(Path.Combine(state, "redis.conf")));
            Assert.StartsWith("NOAUTH", Assert.Single(RedisCli.Run(port, "ping")), StringComparison.Ordinal); // anyone else on the machine
            Assert.Equal(["PONG"], RedisCli.RunAs(port, password, "ping"));
            Assert.All(ClusterPids(state), pid => Assert.DoesNotContain(password, File.ReadAllText($"/proc/{pid}/cmdline"), StringComparison.Ordinal));

            // The README's example, run in the folder 'cluster up' ran in: the password comes from the state file.
            var run = await Cli.RunInAsync(temp.Path, "run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--quiet",
                "--cluster", $"127.0.0.1:{port}", "--cluster-id", "local", "--service-id", "networksim");
            Assert.True(run.ExitCode == 0, run.Error);
            var written = Path.Combine(temp.Path, "results", "workshop-demo");
            Assert.DoesNotContain(password, run.Output + run.Error + File.ReadAllText(Path.Combine(written, "summary.json")) + File.ReadAllText(Path.Combine(written, "report.html")), StringComparison.Ordinal);

            // Elsewhere, without the password, Redis is closed to it.
            using var elsewhere = new TempDirectory();
            var refused = await Cli.FinishAsync(Cli.Start(elsewhere.Path, ["NETWORKSIM_REDIS_PASSWORD"], "run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--quiet",
                "--cluster", $"127.0.0.1:{port}", "--cluster-id", "local", "--service-id", "networksim"));
            Assert.Equal(2, refused.ExitCode);
            Assert.StartsWith($"error: --cluster 127.0.0.1:{port}: Redis requires a password and none was given.", refused.Error[refused.Error.IndexOf("error:", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
        finally
        {
            var down = await Cli.RunInAsync(temp.Path, "cluster", "down");
            Assert.True(down.ExitCode == 0, down.Error);
        }
    }

    [Fact]
    public async Task A_connection_string_from_an_unset_environment_variable_is_refused()
    {
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--cluster", "env:NETWORKSIM_NO_SUCH_VARIABLE", "--cluster-id", "c", "--service-id", "s");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --cluster env:NETWORKSIM_NO_SUCH_VARIABLE: the environment variable NETWORKSIM_NO_SUCH_VARIABLE is not set. Allowed: env:VAR naming a set variable, or a Redis connection string.\n", outcome.Error);
    }

    [Theory]
    [InlineData("--cluster-id", "--cluster-id: required with --cluster. Allowed: letters, digits, '-', '_' and '.'.")]
    [InlineData("--service-id", "--service-id: required with --cluster. Allowed: letters, digits, '-', '_' and '.'.")]
    public async Task Both_ids_are_required_with_a_cluster(string missing, string message)
    {
        string[] ids = missing == "--cluster-id" ? ["--service-id", "s"] : ["--cluster-id", "c"];
        var outcome = await Cli.RunAsync(["bench", Cli.Scenario("workshop-demo.yaml"), "--cluster", "127.0.0.1:6379", .. ids]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: {message}\n", outcome.Error);
    }

    /// <summary>Waits until <paramref name="condition"/> holds or <paramref name="process"/> has ended; true if it held.</summary>
    private static async Task<bool> UntilAsync(Func<bool> condition, Process process)
    {
        while (!condition())
        {
            if (process.HasExited)
            {
                return condition();
            }

            await Task.Delay(50);
        }

        return true;
    }

    // Each silo's ready line in its log names its gateway: "..., gateway 127.0.0.1:41173, pid 15497. ...".
    private static Dictionary<string, int> SiloGateways(string state) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(state, "cluster.json"))).RootElement.GetProperty("Silos").EnumerateArray()
            .Select(s => Regex.Match(File.ReadAllText(s.GetProperty("Log").GetString()!), @"gateway (127\.0\.0\.1:\d+), pid (\d+)\."))
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    // Every run checkpoint record of the test's service (the silos key them "<service id>/checkpoints/<run id>@<tick>/<piece>"), by redis-cli.
    private static string[] CheckpointKeys(string redis, string state) =>
        RedisCli.RunAs(int.Parse(redis.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), Password(state), "--scan", "--pattern", "networksim-tests/checkpoints/*");

    // The password 'cluster up' generated for its Redis, from its state file.
    private static string Password(string state) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(state, "cluster.json"))).RootElement.GetProperty("Password").GetString()!;

    internal static int[] ClusterPids(string state)
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(state, "cluster.json"))).RootElement;
        return [root.GetProperty("RedisProcess").GetProperty("Pid").GetInt32(), .. root.GetProperty("Silos").EnumerateArray().Select(s => s.GetProperty("Pid").GetInt32())];
    }

    // An ended process whose parent is gone may stay a zombie (state Z) where nothing reaps it: that is not running.
    private static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && File.ReadAllText($"/proc/{pid}/stat") is var stat && stat[(stat.LastIndexOf(')') + 2)] != 'Z';
}
