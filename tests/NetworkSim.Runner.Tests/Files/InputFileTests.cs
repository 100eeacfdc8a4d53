using System.Net.Sockets;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Files;

/// <summary>Every input is a regular file of a bounded size before a byte of it is read: no hang, no OutOfMemoryException.</summary>
public class InputFileTests
{
    private const string Measured = "name: m\nnetwork:\n  participant_graph: {kind: file, path: ties.csv}\npractices:\n  - name: p\n";

    /// <summary>Loads on another thread and gives up after 20 s, so that a reader that blocks fails the test instead of hanging it.</summary>
    private static async Task<string> Refusal(Func<object> load)
    {
        var error = await Assert.ThrowsAsync<ScenarioException>(() => Task.Run(load).WaitAsync(TimeSpan.FromSeconds(20)));
        return Assert.Single(error.Problems).ToString();
    }

    [Fact]
    public async Task A_fifo_as_the_scenario_is_refused_at_once_naming_what_it_is()
    {
        using var temp = new TempDirectory();
        var fifo = Fifo.In(temp, "s.yaml");
        Assert.Equal($"{fifo}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.", await Refusal(() => ScenarioReader.Load(fifo)));
    }

    [Fact]
    public async Task A_fifo_as_the_sweep_file_is_refused_at_once()
    {
        using var temp = new TempDirectory();
        var fifo = Fifo.In(temp, "sweep.yaml");
        Assert.Equal($"{fifo}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.", await Refusal(() => SweepReader.Load(fifo)));
    }

    [Fact]
    public async Task A_fifo_as_the_network_file_is_refused_at_once()
    {
        using var temp = new TempDirectory();
        var fifo = Fifo.In(temp, "ties.csv");
        Assert.Equal($"{fifo}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.", await Refusal(() => ScenarioReader.Load(temp.Write("m.yaml", Measured))));
    }

    [Fact]
    public async Task A_fifo_as_the_node_table_or_a_graphml_file_or_a_school_edge_list_is_refused_at_once()
    {
        using var temp = new TempDirectory();
        temp.Write("ties.csv", "source,target\na,b\n");
        var nodes = Fifo.In(temp, "nodes.csv");
        var graph = Fifo.In(temp, "ties.graphml");
        var edges = Fifo.In(temp, "edges.csv");
        Assert.Equal($"{nodes}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.",
            await Refusal(() => ScenarioReader.Load(temp.Write("m.yaml", Measured.Replace("path: ties.csv", "path: ties.csv, nodes: nodes.csv")))));
        Assert.Equal($"{graph}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.",
            await Refusal(() => ScenarioReader.Load(temp.Write("g.yaml", Measured.Replace("ties.csv", "ties.graphml")))));
        Assert.Equal($"{edges}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.",
            await Refusal(() => ScenarioReader.Load(temp.Write("e.yaml", "name: e\nnetwork:\n  schools: [A, B]\n  structure: edge-list\n  edge_list: edges.csv\npractices:\n  - name: p\n"))));
    }

    [Fact]
    public async Task A_character_device_as_the_scenario_is_refused_instead_of_read_until_memory_runs_out()
    {
        Assert.Equal("/dev/zero: is a character device, not a regular file. Allowed: a regular file.", await Refusal(() => ScenarioReader.Load("/dev/zero")));
    }

    [Fact]
    public async Task A_socket_as_the_network_file_is_refused()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "ties.csv");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        Assert.Equal($"{path}: is a socket, not a regular file. Allowed: a regular file.", await Refusal(() => ScenarioReader.Load(temp.Write("m.yaml", Measured))));
    }

    [Fact]
    public async Task A_folder_as_the_network_file_is_called_a_folder()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "ties.csv")).FullName;
        Assert.Equal($"{folder}: is a folder, not a regular file. Allowed: a regular file.", await Refusal(() => ScenarioReader.Load(temp.Write("m.yaml", Measured))));
    }

    [Fact]
    public async Task A_scenario_file_larger_than_8_MiB_is_refused_with_its_size_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "huge.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(9L << 20); // sparse: nothing is written
        }

        Assert.Equal($"{path}: is 9,437,184 bytes. Allowed: a scenario, sweep or design file of at most 8 MiB (8,388,608 bytes).", await Refusal(() => ScenarioReader.Load(path)));
    }

    [Fact]
    public async Task A_network_file_larger_than_2_GiB_is_refused_with_its_size_before_it_is_read()
    {
        using var temp = new TempDirectory();
        using (var file = File.Create(Path.Combine(temp.Path, "ties.csv")))
        {
            file.SetLength(3L << 30); // sparse: nothing is written
        }

        Assert.Equal($"{Path.Combine(temp.Path, "ties.csv")}: is 3,221,225,472 bytes. Allowed: a network file of at most 2 GiB (2,147,483,648 bytes).",
            await Refusal(() => ScenarioReader.Load(temp.Write("m.yaml", Measured))));
    }

    [Fact]
    public void A_regular_file_reached_through_a_symbolic_link_is_read()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("real.yaml", "name: linked\nnetwork:\n  schools: 2\npractices:\n  - name: p\n");
        var link = Path.Combine(temp.Path, "link.yaml");
        File.CreateSymbolicLink(link, file);
        Assert.Equal("linked", ScenarioReader.Load(link).Name);
    }
}
