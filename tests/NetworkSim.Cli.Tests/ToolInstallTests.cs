using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// <c>networksim</c> installed the .NET way (README: <c>dotnet pack</c>, then <c>dotnet tool install</c>): the package
/// holds everything the command needs at run time, so the installed tool serves the workshop page, its script and the
/// shipped scenarios from a folder that is not a checkout.
/// </summary>
public class ToolInstallTests
{
    [Fact]
    public async Task The_command_packs_as_a_dotnet_tool_that_installs_and_serves_the_workshop_page_with_the_shipped_scenarios_from_any_folder()
    {
        using var temp = new TempDirectory();
        // The build the tests run on (Debug or Release) is packed as it is: no second build.
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);
        var packed = await DotnetAsync("pack", Path.Combine(Cli.RepositoryRoot, "src", "NetworkSim.Cli"), "--no-build", "--no-restore", "-c", configuration,
            "-o", Path.Combine(temp.Path, "package"), $"-p:PublishDir={Path.Combine(temp.Path, "publish")}/");
        Assert.True(packed.ExitCode == 0, packed.Output + packed.Error);
        var installed = await DotnetAsync("tool", "install", "--tool-path", Path.Combine(temp.Path, "tools"), "--add-source", Path.Combine(temp.Path, "package"), "NetworkSim.Cli");
        Assert.True(installed.ExitCode == 0, installed.Output + installed.Error);
        Assert.Contains("Tool 'networksim.cli' (version '0.1.0') was successfully installed.", installed.Output);
        var tool = Path.Combine(temp.Path, "tools", "networksim");

        var version = await RunAsync(tool, temp.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("0.1.0", version.Output);

        // An empty folder: no scenarios/ here, so serve offers the ones the tool carries.
        var elsewhere = Directory.CreateDirectory(Path.Combine(temp.Path, "elsewhere")).FullName;
        using var serve = Start(tool, elsewhere, "serve", "--port", "0");
        try
        {
            var line = await serve.StandardOutput.ReadLineAsync() ?? await serve.StandardError.ReadToEndAsync();
            var address = Regex.Match(line, @"open (http://127\.0\.0\.1:\d+/) in a browser");
            Assert.True(address.Success, line);
            using var client = new HttpClient { BaseAddress = new Uri(address.Groups[1].Value) };
            Assert.Contains("<script src=\"lib/cytoscape.min.js\"></script>", await client.GetStringAsync(""));
            Assert.Equal(new FileInfo(Path.Combine(Cli.RepositoryRoot, "src", "NetworkSim.Workshop", "wwwroot", "lib", "cytoscape.min.js")).Length,
                (await client.GetByteArrayAsync("lib/cytoscape.min.js")).Length);
            var scenarios = await client.GetStringAsync("api/scenarios");
            Assert.Contains("\"defaultId\":\"workshop-demo.yaml\"", scenarios);
            Assert.Contains("chile-improvement-network.yaml", scenarios);
        }
        finally
        {
            serve.Kill();
            await serve.WaitForExitAsync();
        }

        // The NDlib side of 'bench workloads --compare-ndlib' travels with it too.
        Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "tools", ".store"), "ndlib_threshold.py", SearchOption.AllDirectories));
    }

    private static Task<Cli.Outcome> DotnetAsync(params string[] args) => RunAsync(Environment.ProcessPath!, Cli.RepositoryRoot, args);

    private static async Task<Cli.Outcome> RunAsync(string program, string folder, params string[] args)
    {
        using var process = Start(program, folder, args);
        return await Cli.FinishAsync(process);
    }

    private static Process Start(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
