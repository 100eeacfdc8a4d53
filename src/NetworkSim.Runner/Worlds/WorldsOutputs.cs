using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Worlds;

/// <summary>The files a finished comparison across worlds adds beside runs.csv: worlds.csv, robustness.json, the plots and report.html.</summary>
public static class WorldsOutputs
{
    public const string ReportName = "report.html";

    /// <summary>Writes every file and returns the analysis (for the console).</summary>
    public static WorldsResult Write(WorldsDefinition definition, string headline, SweepFolder folder, Provenance provenance, TimeSpan elapsed)
    {
        var table = WorldsTable.Read(folder.PathOf(RunsCsv.FileName), definition);
        folder.WriteText(WorldsTable.FileName, table.Csv(definition));
        var result = WorldsAnalysis.Analyse(definition, table, headline);
        var plots = WorldsPlots.Write(definition, table, result, folder);
        List<string> files = [RunsCsv.FileName, WorldsTable.FileName, WorldsJson.FileName, .. plots.Select(p => p.File), ReportName];
        folder.WriteText(WorldsJson.FileName, WorldsJson.Write(definition, result, provenance, files));
        folder.WriteText(ReportName, WorldsReport.Html(definition, result, plots, provenance, elapsed));
        return result;
    }
}
