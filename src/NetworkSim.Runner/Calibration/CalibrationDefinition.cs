using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Everything a calibration's result depends on: the scenario, the observations, the fitted keys with their priors
/// and the ABC-SMC settings (seed included). Where and how fast it runs (<c>--parallel</c>, <c>--cluster</c>) is not
/// part of it: the result is the same.
/// </summary>
/// <param name="ScenarioPath">The scenario file as given.</param>
/// <param name="Scenario">The resolved scenario, full length (the posterior predictive runs it to its last tick).</param>
/// <param name="Worlds">How many equally weighted posterior draws posterior-worlds.csv holds and the predictive band runs.</param>
public sealed record CalibrationDefinition(string ScenarioPath, Scenario Scenario, ObservedData Observed, IReadOnlyList<FittedKey> Keys, AbcSmcSettings Settings, int Worlds = 100)
{
    /// <summary>Particles per generation unless <c>--particles</c> says otherwise (the recovery study uses it too, to check what users run).</summary>
    public const int DefaultParticles = 200;

    /// <summary>
    /// What each calibration run simulates: the scenario up to the last observed tick (a run's first t ticks do not
    /// depend on how long it goes on; the tests hold that), one replicate.
    /// </summary>
    public Scenario RunScenario => Scenario with { Ticks = Math.Max(1, Observed.LastTick), Replicates = 1 };

    /// <summary>The settings for the engine from the keys' priors.</summary>
    public static AbcSmcSettings SettingsFor(IReadOnlyList<FittedKey> keys, int particles, ulong seed, double finalTolerance, double minAcceptance, int maxRuns, int generations) =>
        new(keys.Select(k => k.Prior).ToArray(), particles, seed, 0.5, finalTolerance, minAcceptance, maxRuns, generations);

    /// <summary>A hash of everything the result depends on: a folder holding another calibration is refused, an unchanged one resumed.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder("networksim-calibration-1\n");
        text.Append(ScenarioJson.Serialize(Scenario)).Append('\n');
        foreach (var p in Observed.Points)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Tick}|{p.Column.Name}|{p.Practice}|{p.School}|{p.SampleSize}|{p.Value:R}\n");
        }

        foreach (var prior in Settings.Parameters)
        {
            text.Append(prior.ToString()).Append('\n');
        }

        var s = Settings;
        text.Append(CultureInfo.InvariantCulture, $"{s.Particles}|{s.Seed}|{s.QuantileAlpha:R}|{s.FinalTolerance:R}|{s.MinAcceptanceRate:R}|{s.MaxRuns}|{s.MaxGenerations}|{Worlds}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
