using System.Diagnostics;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Output;

/// <summary>Writes a finished scenario's results folder: data, plots and report first, <c>summary.json</c> last, then moves it into place.</summary>
public static class ResultsWriter
{
    public static void Write(ScenarioResults results, ResultsFolder folder, Provenance provenance)
    {
        try
        {
            var practices = ResultsSummary.Practices(results);
            folder.WriteText(TimeseriesCsv.FileName, TimeseriesCsv.Write(results));
            var plots = Plots.Write(results, folder);
            folder.WriteText(ReportHtml.FileName, ReportHtml.Write(results, provenance, practices, plots));
            var files = new List<string> { TimeseriesCsv.FileName, ReportHtml.FileName, SummaryJson.FileName };
            files.AddRange(plots);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            folder.WriteText(SummaryJson.FileName, SummaryJson.Write(results, provenance, practices, files, peak));
            folder.Commit();
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }
}
