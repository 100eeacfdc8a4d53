using System.Text;
using NetworkSim.Analysis.Calibration;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// <c>posterior-worlds.csv</c>: equally weighted draws from the posterior (systematic resampling of the last
/// population), one world per row, as <c>compare --worlds-file</c> reads them: <c>world</c>, then the fitted keys as
/// <c>networksim params</c> names them.
/// </summary>
internal static class PosteriorWorldsCsv
{
    public const string FileName = "posterior-worlds.csv";

    /// <summary>The draws: a pure function of the population and the calibration's seed.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> Draw(AbcSmcState state, int worlds, ulong seed) => PosteriorSample.Draw(state.Population, worlds, seed);

    public static string Write(IReadOnlyList<FittedKey> keys, IReadOnlyList<IReadOnlyList<double>> worlds)
    {
        var text = new StringBuilder(string.Join(',', new[] { "world" }.Concat(keys.Select(k => k.Key)))).Append('\n');
        for (var w = 0; w < worlds.Count; w++)
        {
            text.Append(w);
            foreach (var value in worlds[w])
            {
                text.Append(',').Append(PosteriorCsv.R(value));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
