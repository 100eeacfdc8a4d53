using NetworkSim.Analysis.Calibration;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// What a finished calibration writes beside posterior.csv: the posterior worlds and their predictive band, the
/// calibrated scenario, calibration.json, the plots and report.html, each through a temporary name.
/// </summary>
public static class CalibrationOutputs
{
    public const string ReportName = CalibrationReport.FileName;

    public static async Task<PosteriorSummary> WriteAsync(CalibrationDefinition definition, CalibrationOutcome outcome, ICalibrationSimulator simulator, int parallel, SweepFolder folder, Provenance provenance, CancellationToken cancellation)
    {
        var posterior = new AbcSmc(definition.Settings).Posterior(outcome.State);
        var worlds = PosteriorWorldsCsv.Draw(outcome.State, definition.Worlds, definition.Settings.Seed);
        var band = await PredictiveBand.RunAsync(definition, worlds, simulator, parallel, cancellation);
        folder.WriteText(PosteriorWorldsCsv.FileName, PosteriorWorldsCsv.Write(definition.Keys, worlds));
        folder.WriteText(PredictiveCsv.FileName, PredictiveCsv.Write(definition, band));
        folder.WriteText(CalibratedYaml.FileName, CalibratedYaml.Write(definition.ScenarioPath, folder.Target,
            definition.Keys.Select((k, i) => (k, posterior.Parameters[i].Median)).ToArray(), definition.Observed.File));
        var plots = CalibrationPlots.Write(definition, outcome.State, posterior, band, folder);
        var files = new[] { PosteriorCsv.FileName, PosteriorWorldsCsv.FileName, PredictiveCsv.FileName, CalibratedYaml.FileName, CalibrationJson.FileName }
            .Concat(plots.Select(p => p.File)).Append(ReportName).ToArray();
        folder.WriteText(CalibrationJson.FileName, CalibrationJson.Write(definition, outcome, posterior, worlds.Count, provenance, simulator.Description, files));
        folder.WriteText(ReportName, CalibrationReport.Html(definition, outcome, posterior, plots, provenance));
        return posterior;
    }
}
