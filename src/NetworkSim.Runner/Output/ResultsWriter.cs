using System.Diagnostics;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Output;

/// <summary>Writes a finished scenario's results folder: data, plots and report first, <c>summary.json</c> last, then moves it into place.</summary>
public static class ResultsWriter
{
    /// <param name="agents">Agent-level files streamed during the run, completed here; null when none were asked for.</param>
    public static void Write(ScenarioResults results, ResultsFolder folder, Provenance provenance, AgentOutputs? agents = null)
    {
        try
        {
            var practices = ResultsSummary.Practices(results);
            var files = new List<string> { TimeseriesCsv.FileName, ReportHtml.FileName, SummaryJson.FileName };
            files.AddRange(agents?.Complete(results) ?? []);
            folder.WriteText(TimeseriesCsv.FileName, TimeseriesCsv.Write(results));
            var plots = Plots.Write(results, folder);
            folder.WriteText(ReportHtml.FileName, ReportHtml.Write(results, provenance, practices, plots));
            files.AddRange(plots);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            folder.WriteText(SummaryJson.FileName, SummaryJson.Write(results, provenance, practices, files, peak));
            folder.Commit();
        }
        catch
        {
            agents?.Dispose();
            folder.Abandon();
            throw;
        }
    }
}
