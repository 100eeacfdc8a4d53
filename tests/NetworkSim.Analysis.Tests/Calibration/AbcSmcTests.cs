using NetworkSim.Analysis.Calibration;
using NetworkSim.Analysis.Randomness;
using Xunit.Abstractions;

namespace NetworkSim.Analysis.Tests.Calibration;

public sealed class AbcSmcTests(ITestOutputHelper output)
{
    private const double TrueP = 0.03;
    private const double TrueQ = 0.38;
    private static readonly int[] ObservedTicks = [2, 4, 6, 8, 10, 12, 14, 16];

    /// <summary>The discrete Bass curve: F_{t+1} = F_t + (p + q F_t)(1 − F_t), F_0 = 0.</summary>
    private static double[] Bass(double p, double q, int ticks)
    {
        var f = new double[ticks + 1];
        for (var t = 0; t < ticks; t++)
        {
            f[t + 1] = f[t] + (p + q * f[t]) * (1 - f[t]);
        }

        return f;
    }

    private static double BassDistance(IReadOnlyList<double> parameters, double[] observed)
    {
        var curve = Bass(parameters[0], parameters[1], 16);
        return Math.Sqrt(ObservedTicks.Select((t, i) => Math.Pow(curve[t] - observed[i], 2)).Average());
    }

    private static AbcSmcSettings BassSettings(int particles = 300) => new(
        [FittedParameter.Uniform("p", 0.001, 0.1), FittedParameter.Uniform("q", 0.05, 1.0)],
        Particles: particles,
        Seed: 2026,
        FinalTolerance: 0.002,
        MaxGenerations: 15,
        MaxRuns: 60_000);

    private static AbcSmcState RunToEnd(AbcSmc engine, AbcSmcState state, Func<Proposal, double> simulate, int batch)
    {
        while (!state.Finished)
        {
            var proposals = engine.NextBatch(state, batch);
            var distances = proposals.AsParallel().AsOrdered().Select(simulate).ToArray();
            for (var i = 0; i < proposals.Count && !state.Finished && proposals[i].Generation == state.Generation; i++)
            {
                engine.Record(state, proposals[i], distances[i]);
            }
        }

        return state;
    }

    [Fact]
    public void Fitting_bass_p_and_q_to_eight_points_of_a_bass_curve_recovers_them()
    {
        var curve = Bass(TrueP, TrueQ, 16);
        var observed = ObservedTicks.Select(t => curve[t]).ToArray();
        var engine = new AbcSmc(BassSettings());

        var state = RunToEnd(engine, engine.Start(), proposal => BassDistance(proposal.Parameters, observed), batch: 64);
        var posterior = engine.Posterior(state);
        var (p, q) = (posterior.Parameters[0], posterior.Parameters[1]);

        output.WriteLine(FormattableString.Invariant($"Bass: p mean {p.Mean:0.#####} median {p.Median:0.#####} 95 % [{p.Credible95.Low:0.#####}, {p.Credible95.High:0.#####}]; q mean {q.Mean:0.####} median {q.Median:0.####} 95 % [{q.Credible95.Low:0.####}, {q.Credible95.High:0.####}]; r = {posterior.Correlation[0][1]:0.00}; ESS {posterior.EffectiveSampleSize:0}; {state.RunsUsed} runs, {state.History.Count} generations; {state.StopReason}"));
        Assert.StartsWith("final tolerance", state.StopReason);
        Assert.True(p.Credible95.Contains(TrueP), $"p: {p.Credible95}");
        Assert.True(q.Credible95.Contains(TrueQ), $"q: {q.Credible95}");
        Assert.InRange(p.Mean, 0.9 * TrueP, 1.1 * TrueP);
        Assert.InRange(q.Mean, 0.9 * TrueQ, 1.1 * TrueQ);
        Assert.True(posterior.EffectiveSampleSize > 50, $"ESS {posterior.EffectiveSampleSize}");
        Assert.All(state.History.Skip(1).Zip(state.History), pair => Assert.True(pair.First.Tolerance <= pair.Second.Tolerance));
    }

    [Fact]
    public void A_calibration_killed_after_any_proposal_resumes_to_a_byte_identical_state_whatever_the_batch_size()
    {
        var curve = Bass(TrueP, TrueQ, 16);
        var observed = ObservedTicks.Select(t => curve[t]).ToArray();
        var settings = BassSettings(particles: 60) with { FinalTolerance = 0.01 };
        double Simulate(Proposal proposal) => BassDistance(proposal.Parameters, observed);
        var reference = new AbcSmc(settings);
        var expected = RunToEnd(reference, reference.Start(), Simulate, batch: 1).ToJson();

        foreach (var (killAfter, batch) in new[] { (1L, 7), (59L, 16), (61L, 3), (250L, 64), (777L, 5) })
        {
            var first = new AbcSmc(settings);
            var state = first.Start();
            while (state.RunsUsed < killAfter && !state.Finished)
            {
                var proposal = first.Propose(state, state.NextProposal);
                first.Record(state, proposal, Simulate(proposal));
            }

            var saved = state.ToJson();
            var second = new AbcSmc(settings);
            var resumed = RunToEnd(second, second.Resume(saved), Simulate, batch);

            Assert.Equal(expected, resumed.ToJson());
        }
    }

    [Fact]
    public async Task The_asynchronous_driver_gives_the_same_result_as_recording_one_by_one_and_checkpoints_after_each_batch()
    {
        var curve = Bass(TrueP, TrueQ, 16);
        var observed = ObservedTicks.Select(t => curve[t]).ToArray();
        var settings = BassSettings(particles: 50) with { FinalTolerance = 0.02 };
        var byOne = new AbcSmc(settings);
        var expected = RunToEnd(byOne, byOne.Start(), p => BassDistance(p.Parameters, observed), batch: 1).ToJson();
        var engine = new AbcSmc(settings);
        var checkpoints = 0;

        var state = await engine.RunAsync(
            engine.Start(),
            (batch, _) => Task.FromResult<IReadOnlyList<double>>(batch.Select(p => BassDistance(p.Parameters, observed)).ToArray()),
            batchSize: 32,
            checkpoint: _ => { checkpoints++; return Task.CompletedTask; });

        Assert.Equal(expected, state.ToJson());
        Assert.True(checkpoints > 1);
    }

    [Fact]
    public void The_credible_interval_of_a_binomial_rate_covers_the_truth_in_at_least_90_percent_of_20_recovery_runs()
    {
        // Data: 200 schools, each adopting with probability θ; the simulator draws the same kind of data with the
        // proposal's seed; the distance is the difference in adopting shares. Twenty truths across (0.05, 0.95).
        var covered = 0;
        for (var run = 0; run < 20; run++)
        {
            var truth = 0.05 + 0.9 * (run + 0.5) / 20;
            var observed = Share(truth, seed: 1000 + (ulong)run);
            var engine = new AbcSmc(new AbcSmcSettings([FittedParameter.Uniform("theta", 0, 1)], Particles: 200, Seed: (ulong)run + 1, FinalTolerance: 0.005, MaxGenerations: 12));

            var state = RunToEnd(engine, engine.Start(), p => Math.Abs(Share(p.Parameters[0], p.Seed) - observed), batch: 50);

            var theta = engine.Posterior(state).Parameters[0];
            covered += theta.Credible95.Contains(truth) ? 1 : 0;
            output.WriteLine(FormattableString.Invariant($"truth {truth:0.0000}: median {theta.Median:0.0000} 95 % [{theta.Credible95.Low:0.0000}, {theta.Credible95.High:0.0000}], {state.RunsUsed} runs"));
        }

        output.WriteLine($"{covered} of 20 intervals covered the truth");

        Assert.True(covered >= 18, $"{covered} of 20 intervals covered the truth");
    }

    [Fact]
    public void Two_parameters_that_only_act_through_their_product_are_reported_as_not_identifiable()
    {
        // The data fix a·b = 0.2 only: the posterior is a ridge a·b ≈ 0.2 and a, b are strongly negatively correlated.
        var engine = new AbcSmc(new AbcSmcSettings(
            [FittedParameter.Uniform("trust.growth", 0.25, 1), FittedParameter.Uniform("school.time_away", 0.25, 1)],
            Particles: 200, Seed: 4, FinalTolerance: 0.005, MaxGenerations: 12));

        var state = RunToEnd(engine, engine.Start(), p => Math.Abs(p.Parameters[0] * p.Parameters[1] - 0.2), batch: 50);
        var posterior = engine.Posterior(state);
        output.WriteLine(FormattableString.Invariant($"ridge: r = {posterior.Correlation[0][1]:0.000}, {state.RunsUsed} runs; {posterior.IdentifiabilityNotes[0]}"));

        Assert.True(posterior.Correlation[0][1] < -0.8, $"r = {posterior.Correlation[0][1]}");
        var note = Assert.Single(posterior.IdentifiabilityNotes);
        Assert.StartsWith("trust.growth and school.time_away are not separately identifiable from these data (posterior correlation -0.", note);
    }

    [Fact]
    public void A_truncated_normal_prior_has_no_mass_outside_its_range_and_integrates_to_one()
    {
        var prior = FittedParameter.Normal("trust.growth", 0.04, 0.02, 0, 0.1);

        Assert.Equal(0, prior.Density(-0.001));
        Assert.Equal(0, prior.Density(0.1001));
        var integral = Enumerable.Range(0, 10_000).Sum(i => prior.Density((i + 0.5) * 1e-5)) * 1e-5;
        Assert.Equal(1, integral, 6);
        // scipy 1.10.1: truncnorm((0 − 0.04) / 0.02, (0.1 − 0.04) / 0.02, loc=0.04, scale=0.02).
        Assert.Equal(0.040536488645661575, prior.FromUnit(0.5), 12);
        Assert.Equal(0.01653423626261322, prior.FromUnit(0.1), 12);
        Assert.Equal(18.037982251245253, prior.Density(0.05), 10);
        Assert.InRange(prior.FromUnit(1e-9), 0, 0.001);
    }

    [Fact]
    public void Generation_zero_accepts_every_prior_draw_and_the_next_tolerance_is_the_median_distance()
    {
        var engine = new AbcSmc(new AbcSmcSettings([FittedParameter.Uniform("x", 0, 1)], Particles: 10, Seed: 1));
        var state = engine.Start();

        foreach (var proposal in engine.NextBatch(state, 10))
        {
            engine.Record(state, proposal, proposal.Index);
        }

        Assert.Equal(1, state.Generation);
        Assert.Equal(4.5, state.Tolerance);
        Assert.Equal(10, state.Population.Count);
        Assert.All(state.Population, p => Assert.Equal(0.1, p.Weight, 15));
    }

    [Fact]
    public void A_failed_run_is_never_accepted_even_in_generation_zero()
    {
        var engine = new AbcSmc(new AbcSmcSettings([FittedParameter.Uniform("x", 0, 1)], Particles: 3, Seed: 1));
        var state = engine.Start();

        foreach (var (proposal, distance) in engine.NextBatch(state, 4).Zip([0.1, double.PositiveInfinity, 0.2, 0.3]))
        {
            engine.Record(state, proposal, distance);
        }

        Assert.Equal([0L, 2L, 3L], state.Population.Select(p => p.Proposal));
        Assert.Equal(3, state.History[0].Accepted);
        Assert.Equal(4, state.History[0].Proposals);
    }

    [Fact]
    public void Posterior_draws_repeat_each_particle_in_proportion_to_its_weight()
    {
        Particle[] population = [new(0, [1.0], 0, 0.5), new(1, [2.0], 0, 0.125), new(2, [3.0], 0, 0.375)];

        var draws = PosteriorSample.Draw(population, 80, seed: 7);

        Assert.Equal(40, draws.Count(d => d[0] == 1.0));
        Assert.Equal(10, draws.Count(d => d[0] == 2.0));
        Assert.Equal(30, draws.Count(d => d[0] == 3.0));
        Assert.Equal(draws, PosteriorSample.Draw(population, 80, seed: 7));
    }

    [Fact]
    public void The_run_budget_stops_a_calibration_and_keeps_the_last_complete_generation()
    {
        var engine = new AbcSmc(new AbcSmcSettings([FittedParameter.Uniform("x", 0, 1)], Particles: 20, Seed: 1, MaxRuns: 30));

        var state = RunToEnd(engine, engine.Start(), p => Math.Abs(p.Parameters[0] - 0.5), batch: 4);

        Assert.Equal(30, state.RunsUsed);
        Assert.StartsWith("run budget of 30 simulations used during generation 1", state.StopReason);
        Assert.Equal(20, state.Population.Count);
    }

    [Fact]
    public void Recording_out_of_order_or_resuming_with_other_settings_is_refused()
    {
        var settings = new AbcSmcSettings([FittedParameter.Uniform("x", 0, 1)], Particles: 5, Seed: 1);
        var engine = new AbcSmc(settings);
        var state = engine.Start();

        Assert.Throws<ArgumentException>(() => engine.Record(state, engine.Propose(state, 1), 0.1));
        var other = new AbcSmc(settings with { Seed = 2 });
        var error = Assert.Throws<ArgumentException>(() => other.Resume(state.ToJson()));
        Assert.Contains("other settings", error.Message);
    }

    private static double Share(double theta, ulong seed)
    {
        var adopting = 0;
        for (var school = 0; school < 200; school++)
        {
            adopting += SeededRandom.Uniform(seed, RandomStream.Simulation, school) < theta ? 1 : 0;
        }

        return adopting / 200.0;
    }
}
