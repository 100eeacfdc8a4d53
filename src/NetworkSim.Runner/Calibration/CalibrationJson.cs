using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// <c>calibration.json</c>: per fitted parameter its prior, posterior median, mean, 95 % credible interval and the
/// population's effective sample size; the correlations and what they mean for identifiability; the tolerance,
/// proposals and acceptance of every generation; why it stopped; runs used; the seed; the distance and its weights.
/// Everything but <c>provenance</c> and <c>session</c> (where and how fast it ran) is a pure function of the inputs (a resumed calibration writes it
/// byte for byte).
/// </summary>
internal static class CalibrationJson
{
    public const string FileName = "calibration.json";

    public static string Write(CalibrationDefinition definition, CalibrationOutcome outcome, PosteriorSummary posterior, int predictiveRuns, Provenance provenance, string simulator, IReadOnlyList<string> files)
    {
        var state = outcome.State;
        var settings = definition.Settings;
        var json = new JsonObject
        {
            ["provenance"] = JsonSerializer.SerializeToNode(provenance, ScenarioJson.Options),
            ["session"] = new JsonObject
            {
                ["elapsed_seconds_this_session"] = Math.Round(outcome.Elapsed.TotalSeconds, 3),
                ["simulations_before_this_session"] = outcome.Resumed,
                ["simulator"] = simulator,
            },
            ["method"] = "ABC-SMC (Toni et al. 2009; Beaumont et al. 2009): tolerance of each generation the median of the last one's accepted distances; multivariate normal perturbation with twice the weighted covariance; importance weights prior / kernel mixture",
            ["scenario"] = definition.ScenarioPath,
            ["observed"] = new JsonObject
            {
                ["file"] = definition.Observed.Path,
                ["time_column"] = definition.Observed.TimeColumn,
                ["term_weeks"] = definition.Observed.TermWeeks == 0 ? null : definition.Observed.TermWeeks,
                ["observations"] = definition.Observed.Points.Count,
                ["ticks"] = new JsonArray(definition.Observed.Points.Select(p => p.Tick).Distinct().Order().Select(t => (JsonNode)t).ToArray()),
                ["columns"] = new JsonArray(definition.Observed.Columns.Select(c => (JsonNode)c.Name).ToArray()),
                ["surveys"] = "a row with n is compared with a survey of n drawn without replacement from those its share counts in each simulated run; a row without n with the share of everyone",
            },
            ["seed"] = SeedJson.Of(settings.Seed),
            ["common_random_numbers"] = "none across proposals: every simulation has its own seed, a pure function of (seed, generation, proposal), because ABC's acceptance step estimates the likelihood only when each proposal's chance is its own; one shared seed per generation would fit the parameters to that seed's noise and narrow the intervals below their coverage",
            ["settings"] = new JsonObject
            {
                ["particles"] = settings.Particles,
                ["max_generations"] = settings.MaxGenerations,
                ["max_runs"] = settings.MaxRuns,
                ["final_tolerance"] = settings.FinalTolerance,
                ["min_acceptance_rate"] = settings.MinAcceptanceRate,
                ["tolerance_quantile"] = settings.QuantileAlpha,
                ["simulated_ticks"] = definition.RunScenario.Ticks,
            },
            ["stop_reason"] = state.StopReason,
            ["runs_used"] = state.RunsUsed,
            ["posterior_predictive_runs"] = predictiveRuns,
            ["generations"] = new JsonArray(state.History.Select(g => (JsonNode)new JsonObject
            {
                ["generation"] = g.Generation,
                ["tolerance"] = double.IsFinite(g.Tolerance) ? g.Tolerance : null,
                ["proposals"] = g.Proposals,
                ["accepted"] = g.Accepted,
                ["acceptance_rate"] = g.AcceptanceRate,
                ["effective_sample_size"] = g.EffectiveSampleSize,
            }).ToArray()),
            ["parameters"] = new JsonArray(posterior.Parameters.Select((p, i) => (JsonNode)new JsonObject
            {
                ["key"] = p.Name,
                ["scenario_key"] = definition.Keys[i].ScenarioPath,
                ["prior"] = Prior(definition.Keys[i].Prior),
                ["median"] = p.Median,
                ["mean"] = p.Mean,
                ["sd"] = p.StandardDeviation,
                ["ci95"] = new JsonArray(p.Credible95.Low, p.Credible95.High),
                ["effective_sample_size"] = posterior.EffectiveSampleSize,
            }).ToArray()),
            ["effective_sample_size"] = posterior.EffectiveSampleSize,
            ["effective_sample_size_note"] = "Kish's (sum w)^2 / sum w^2 of the last population's weights: one figure for every parameter of an importance-weighted population",
            ["correlation"] = new JsonObject
            {
                ["keys"] = new JsonArray(definition.Keys.Select(k => (JsonNode)k.Key).ToArray()),
                ["matrix"] = new JsonArray(posterior.Correlation.Select(row => (JsonNode)new JsonArray(row.Select(r => (JsonNode)r).ToArray())).ToArray()),
            },
            ["identifiability"] = new JsonArray(posterior.IdentifiabilityNotes.Select(n => (JsonNode)n).ToArray()),
            ["distance"] = new JsonObject
            {
                ["form"] = outcome.Scales.Describe(),
                ["scales"] = new JsonObject(outcome.Scales.Scales.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
                ["weights"] = new JsonObject(outcome.Scales.Scales.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)(1 / (s.Value * s.Value))))),
            },
            ["units"] = "shares (observed, simulated, distances' terms) are fractions from 0 to 1; ticks are weeks; parameters in the units 'networksim params' gives",
            ["files"] = new JsonArray(files.Select(f => (JsonNode)f).ToArray()),
        };
        return json.ToJsonString(ScenarioJson.Options);
    }

    private static JsonObject Prior(FittedParameter prior) => prior.Kind == PriorKind.Uniform
        ? new JsonObject { ["kind"] = "uniform", ["low"] = prior.Low, ["high"] = prior.High }
        : new JsonObject { ["kind"] = "normal", ["mu"] = prior.Mu, ["sd"] = prior.Sd, ["low"] = prior.Low, ["high"] = prior.High };
}
