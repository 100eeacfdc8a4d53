using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// Turns every failure into a clear message and an exit code, never a stack trace: 2 for bad input,
/// 130 when cancelled, 1 for an internal error (its details go to a log file whose path is printed).
/// </summary>
public static class CommandGuard
{
    public const int BadInput = 2;

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (ScenarioException e)
        {
            foreach (var problem in e.Problems)
            {
                Console.Error.WriteLine($"error: {problem}");
            }

            Console.Error.WriteLine(e.Problems.Count == 1 ? "1 problem; nothing was run." : $"{e.Problems.Count} problems; nothing was run.");
            return BadInput;
        }
        catch (OutputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled; no results were written.");
            return 130;
        }
        catch (Exception e)
        {
            var log = Path.Combine(Path.GetTempPath(), $"networksim-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
            File.WriteAllText(log, e.ToString());
            Console.Error.WriteLine($"networksim: internal error: {e.GetBaseException().Message}");
            Console.Error.WriteLine($"Details are in {log}; please attach it to a bug report.");
            return 1;
        }
    }
}
