using System.Text;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Calibration;

/// <summary><c>posterior-predictive.csv</c>: the band of predictive.png as data, one tidy row per series and tick.</summary>
internal static class PredictiveCsv
{
    public const string FileName = "posterior-predictive.csv";

    public static string Write(CalibrationDefinition definition, IReadOnlyList<PredictiveSeries> band)
    {
        var text = new StringBuilder("column,practice,school,tick,median,low_2_5,high_97_5\n");
        foreach (var series in band)
        {
            var practice = CsvFormat.Text(definition.Scenario.Practices[series.Practice].Name);
            var school = series.School < 0 ? "" : CsvFormat.Text(definition.Scenario.Network.Schools[series.School]);
            for (var t = 0; t < series.Median.Length; t++)
            {
                text.Append(series.Column.Name).Append(',').Append(practice).Append(',').Append(school).Append(',').Append(CsvFormat.Number(t)).Append(',')
                    .Append(CsvFormat.Number(series.Median[t])).Append(',').Append(CsvFormat.Number(series.Low[t])).Append(',').Append(CsvFormat.Number(series.High[t])).Append('\n');
            }
        }

        return text.ToString();
    }
}
