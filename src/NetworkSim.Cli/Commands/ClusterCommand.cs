using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim cluster up|down</c>: a local Redis and silo processes for trying a cluster on one machine.</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--dir") { Description = $"Folder for the state file (with Redis' password, readable by you only) and the logs (default {LocalCluster.DefaultFolder}).", DefaultValueFactory = _ => LocalCluster.DefaultFolder };
        var silos = new Option<int>("--silos") { Description = "Silo processes to start (default 3).", DefaultValueFactory = _ => 3 };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id (default local).", DefaultValueFactory = _ => "local" };
        var serviceId = new Option<string>("--service-id") { Description = "The service's id (default networksim).", DefaultValueFactory = _ => "networksim" };
        var redisPort = new Option<int>("--redis-port") { Description = "Loopback port of the redis-server it starts (default 0: a free port)." };

        var up = new Command("up", "Start redis-server on a free loopback port with a generated password and N silo processes; print the options that reach them.");
        up.Options.Add(silos);
        up.Options.Add(clusterId);
        up.Options.Add(serviceId);
        up.Options.Add(redisPort);
        up.Options.Add(folder);
        up.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var count = result.GetValue(silos);
            if (count is < 1 or > 16)
            {
                throw new OutputException($"--silos {count}: Allowed: 1 to 16.");
            }

            var port = result.GetValue(redisPort);
            if (port is < 0 or > 65535)
            {
                throw new OutputException($"--redis-port {port}: Allowed: 0 (a free port) to 65535.");
            }

            var dir = result.GetValue(folder)!;
            var state = await LocalCluster.UpAsync(dir, count, port, result.GetValue(clusterId)!, result.GetValue(serviceId)!, cancellation);
            Console.WriteLine($"cluster up: redis-server pid {state.RedisProcess.Pid} on {state.Redis}; silos pid {string.Join(", ", state.Silos.Select(s => s.Pid))}; state and logs in {dir}");
            Console.WriteLine($"use it with: --cluster {state.Redis} --cluster-id {state.ClusterId} --service-id {state.ServiceId}");
            Console.WriteLine(dir == LocalCluster.DefaultFolder
                ? $"Redis' password is in {LocalCluster.StatePath(dir)} (readable by you only), where commands run in this folder find it; elsewhere set {RedisPassword.Variable}."
                : $"Redis' password is in {LocalCluster.StatePath(dir)} (readable by you only); set {RedisPassword.Variable} to it for the commands that use the cluster.");
            Console.WriteLine($"stop it with: networksim cluster down{(dir == LocalCluster.DefaultFolder ? "" : $" --dir {dir}")}");
            return 0;
        }));

        var down = new Command("down", "Stop the silos and redis-server that 'cluster up' started (by process id).");
        down.Options.Add(folder);
        down.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var dir = result.GetValue(folder)!;
            var state = LocalCluster.Read(dir) ?? throw new OutputException($"{LocalCluster.StatePath(dir)}: no cluster was started from here ('networksim cluster up' writes it).");
            var stopped = await LocalCluster.DownAsync(state);
            File.Delete(LocalCluster.StatePath(dir));
            var total = state.Silos.Count + 1;
            Console.WriteLine(stopped == total
                ? $"cluster down: stopped all {total} processes."
                : $"cluster down: stopped {stopped} of {total} processes (the others had already ended).");
            return 0;
        }));

        return new Command("cluster", "A local cluster for trying one on this machine: 'cluster up' and 'cluster down'.") { up, down };
    }
}
