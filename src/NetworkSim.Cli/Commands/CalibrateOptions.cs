using System.CommandLine;
using System.Globalization;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>What <c>calibrate</c> fits and how: the observed table, the fitted keys and priors, and the ABC-SMC settings with their stopping rules.</summary>
internal sealed class CalibrateOptions
{
    public Option<string> Observed { get; } = new("--observed") { Description = "The observed CSV: tick (or week, or term with --term-weeks), then any of adoption, in_network, back_home, schools_institutionalised; optionally practice, school, n.", Required = true };

    public Option<string[]> Fit { get; } = new("--fit") { Description = "A parameter to fit, key=lo:hi (keys as 'networksim params' lists them, or rules.p ... for the textbook models); key alone: its plausible range. Repeat per parameter.", AllowMultipleArgumentsPerToken = false };

    public Option<string[]> Prior { get; } = new("--prior") { Description = "key=normal:mu:sd: a normal prior truncated to the fitted range (default: uniform over it)." };

    public Option<int> Particles { get; } = new("--particles") { Description = "Particles per generation.", DefaultValueFactory = _ => CalibrationDefinition.DefaultParticles };

    public Option<int> Generations { get; } = new("--generations") { Description = "Stop after this many generations (generation 0 draws from the prior).", DefaultValueFactory = _ => 10 };

    public Option<int> MaxRuns { get; } = new("--max-runs") { Description = "Run budget: stop when this many simulations are done (the last complete generation is the result).", DefaultValueFactory = _ => 20_000 };

    public Option<double> Tolerance { get; } = new("--tolerance") { Description = "Stop once a generation was accepted at this distance or closer (0: never by tolerance alone).", DefaultValueFactory = _ => 0 };

    public Option<double> MinAcceptance { get; } = new("--min-acceptance") { Description = "Stop when a generation accepts fewer than this share of its runs.", DefaultValueFactory = _ => 0.02 };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Seed of every draw (default: the scenario's seed)." };

    public Option<int> TermWeeks { get; } = new("--term-weeks") { Description = "Weeks (ticks) in a term, for an observed table with a term column." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Observed, Fit, Prior, Particles, Generations, MaxRuns, Tolerance, MinAcceptance, Seed, TermWeeks })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads and checks everything before anything runs: the scenario, the observed table, the fitted keys and the settings.</summary>
    public CalibrationDefinition Read(ParseResult result, string scenarioPath)
    {
        var particles = result.GetValue(Particles);
        var generations = result.GetValue(Generations);
        var maxRuns = result.GetValue(MaxRuns);
        var tolerance = result.GetValue(Tolerance);
        var minAcceptance = result.GetValue(MinAcceptance);
        var termWeeks = result.GetValue(TermWeeks);
        Require(particles >= 2, $"--particles {particles}: Allowed: 2 or more (a few hundred for a posterior worth reading).");
        Require(generations >= 1, $"--generations {generations}: Allowed: 1 or more.");
        Require(maxRuns >= particles, $"--max-runs {maxRuns}: Allowed: at least --particles ({particles}), the runs of generation 0.");
        Require(double.IsFinite(tolerance) && tolerance >= 0, $"--tolerance {tolerance.ToString(CultureInfo.InvariantCulture)}: Allowed: 0 (never stop by tolerance alone) or more.");
        Require(minAcceptance is >= 0 and < 1, $"--min-acceptance {minAcceptance.ToString(CultureInfo.InvariantCulture)}: Allowed: 0 or more, below 1.");
        Require(termWeeks >= 0, $"--term-weeks {termWeeks}: Allowed: 1 or more.");

        var warnings = new List<ScenarioProblem>();
        var scenario = ScenarioReader.Load(scenarioPath, (IEnumerable<string>?)null, warnings);
        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        var observed = ObservedReader.Read(result.GetValue(Observed)!, scenario, termWeeks);
        var keys = FitOptions.Read(result.GetValue(Fit) ?? [], result.GetValue(Prior) ?? [], scenarioPath);
        var settings = CalibrationDefinition.SettingsFor(keys, particles, result.GetValue(Seed) ?? scenario.Seed, tolerance, minAcceptance, maxRuns, generations);
        return new CalibrationDefinition(scenarioPath, scenario, observed, keys, settings);
    }

    private static void Require(bool ok, string message)
    {
        if (!ok)
        {
            throw new OutputException(message);
        }
    }
}
