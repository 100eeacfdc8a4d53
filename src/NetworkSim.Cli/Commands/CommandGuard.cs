using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// Turns every failure into a clear message and an exit code, never a stack trace: 2 for bad input,
/// 130 when cancelled, 1 for a run out of memory and for an internal error (its details go to a log file whose path is printed).
/// </summary>
internal static class CommandGuard
{
    public const int BadInput = 2;

    public static Task<int> RunAsync(Func<Task<int>> body) => RunAsync(body, Console.Error, Path.GetTempPath());

    /// <param name="body">The command.</param>
    /// <param name="error">Where messages go.</param>
    /// <param name="logFolder">Where an internal error's details go.</param>
    public static async Task<int> RunAsync(Func<Task<int>> body, TextWriter error, string logFolder)
    {
        try
        {
            return await body();
        }
        catch (ScenarioException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"error: {problem}");
            }

            error.WriteLine(e.Problems.Count == 1 ? "1 problem; nothing was run." : $"{e.Problems.Count} problems; nothing was run.");
            return BadInput;
        }
        catch (OutputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException e)
        {
            error.WriteLine(e is CancelledException ? e.Message : "cancelled; no results were written.");
            return TerminationSignals.InterruptedExitCode;
        }
        catch (Exception e) when (OutOfMemory(e) is { } oom)
        {
            // Not a defect to report but a run larger than its memory: on a cluster the silo's exception comes back through the calls.
            error.WriteLine($"error: out of memory ({oom.GetType().FullName}): the run needed more memory than it had, in this process or, on a cluster, " +
                "in one of its silos (a process started with DOTNET_GCHeapHardLimit has at most that heap). Give it more memory, spread it over " +
                "more silos, or run fewer participants, or fewer replicates at once (--parallel).");
            return 1;
        }
        catch (Exception e)
        {
            var log = Path.Combine(logFolder, $"networksim-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            try
            {
                File.WriteAllText(log, e.ToString());
            }
            catch (Exception logFailure)
            {
                // No log to point to: the message and type on one line is all that can be given.
                error.WriteLine($"networksim: internal error: {e.GetBaseException().GetType().FullName}: {e.GetBaseException().Message.ReplaceLineEndings(" ")} " +
                    $"(the details could not be written to {log}: {logFailure.Message.ReplaceLineEndings(" ")})");
                return 1;
            }

            error.WriteLine($"networksim: internal error: {e.GetBaseException().Message}");
            error.WriteLine($"Details are in {log}; please attach it to a bug report.");
            return 1;
        }
    }

    /// <summary>The out-of-memory exception among the failure and its causes (inner and aggregated exceptions), if any.</summary>
    private static OutOfMemoryException? OutOfMemory(Exception? e) => e switch
    {
        null => null,
        OutOfMemoryException oom => oom,
        AggregateException all => all.InnerExceptions.Select(OutOfMemory).FirstOrDefault(o => o is not null),
        _ => OutOfMemory(e.InnerException),
    };
}
