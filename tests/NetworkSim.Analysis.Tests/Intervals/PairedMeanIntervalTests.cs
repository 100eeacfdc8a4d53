using System.Globalization;
using NetworkSim.Analysis.Intervals;
using Xunit.Abstractions;

namespace NetworkSim.Analysis.Tests.Intervals;

public sealed class PairedMeanIntervalTests(ITestOutputHelper output)
{
    private static readonly double[] Differences = [0.12, -0.03, 0.08, 0.15, 0.02, 0.09, 0.11, -0.01, 0.06, 0.04];

    [Fact]
    public void The_student_t_interval_is_mean_plus_or_minus_t_times_the_standard_error()
    {
        var mean = Differences.Average();
        var sd = Math.Sqrt(Differences.Sum(d => (d - mean) * (d - mean)) / 9);

        var interval = PairedMeanInterval.OfMean(IntervalMethod.StudentT, Differences, seed: 1);

        Assert.Equal(mean - 2.2621571627409915 * sd / Math.Sqrt(10), interval.Low, 1e-10);
        Assert.Equal(mean + 2.2621571627409915 * sd / Math.Sqrt(10), interval.High, 1e-10);
    }

    [Fact]
    public void A_paired_difference_is_the_interval_of_the_differences()
    {
        double[] a = [0.5, 0.6, 0.7, 0.55];
        double[] b = [0.4, 0.45, 0.66, 0.5];

        Assert.Equal(
            PairedMeanInterval.OfMean(IntervalMethod.Bca, a.Select((x, i) => x - b[i]).ToArray(), seed: 3),
            PairedMeanInterval.OfDifference(IntervalMethod.Bca, a, b, seed: 3));
    }

    [Theory]
    [InlineData(IntervalMethod.PercentileBootstrap)]
    [InlineData(IntervalMethod.Bca)]
    [InlineData(IntervalMethod.BootstrapT)]
    public void Bootstrap_intervals_are_a_pure_function_of_values_and_seed_and_contain_the_mean(IntervalMethod method)
    {
        var first = PairedMeanInterval.OfMean(method, Differences, seed: 9);
        var again = PairedMeanInterval.OfMean(method, Differences, seed: 9);

        Assert.Equal(first, again);
        Assert.True(first.Contains(Differences.Average()));
        Assert.True(first.Width > 0);
    }

    [Fact]
    public void The_bca_interval_of_a_right_skewed_sample_reaches_further_right_than_the_percentile_interval()
    {
        double[] skewed = [0, 0, 0, 0, 0.02, 0, 0.02, 0.04, 0, 0.1];

        var percentile = PairedMeanInterval.OfMean(IntervalMethod.PercentileBootstrap, skewed, seed: 5);
        var bca = PairedMeanInterval.OfMean(IntervalMethod.Bca, skewed, seed: 5);

        Assert.True(bca.High > percentile.High && bca.Low > percentile.Low, $"BCa {bca}, percentile {percentile}");
    }

    [Fact]
    public void A_bootstrap_t_interval_that_would_be_unbounded_falls_back_to_student_t()
    {
        // Nine equal differences and one other: about a third of the resamples repeat one value, so the studentised
        // statistic is infinite in more than 2.5 % of them.
        double[] mostlyEqual = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.02];

        var interval = PairedMeanInterval.OfMean(IntervalMethod.BootstrapT, mostlyEqual, seed: 1);

        Assert.Equal(PairedMeanInterval.OfMean(IntervalMethod.StudentT, mostlyEqual, seed: 1), interval);
    }

    [Fact]
    public void Identical_differences_give_a_zero_width_interval_by_every_method()
    {
        double[] same = [0.25, 0.25, 0.25];
        foreach (var method in CoverageStudy.Methods)
        {
            Assert.Equal(new Interval(0.25, 0.25), PairedMeanInterval.OfMean(method, same, seed: 1));
        }
    }

    [Fact]
    public void The_recommended_method_covers_a_known_difference_in_at_least_93_percent_of_repeats_at_10_and_20_pairs()
    {
        var table = new List<string> { "case | n | " + string.Join(" | ", CoverageStudy.Methods) };
        var failures = new List<string>();
        var recommended = Array.IndexOf(CoverageStudy.Methods, PairedMeanInterval.Recommended);
        // Eight independent studies (four cases × two sample sizes), each a pure function of its seed: run them in parallel.
        var studies = CoverageStudy.Cases.SelectMany(c => new[] { 10, 20 }.Select(n => (Case: c, N: n))).ToArray();
        var coverages = studies.AsParallel().AsOrdered().Select(s => CoverageStudy.Coverage(s.Case, s.N, seed: 2026)).ToArray();
        foreach (var ((c, n), coverage) in studies.Zip(coverages))
        {
            table.Add($"{c.Name} | {n} | " + string.Join(" | ", coverage.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture))));
            if (coverage[recommended] < 0.93)
            {
                failures.Add($"{c.Name}, n = {n}: {coverage[recommended]:0.000}");
            }
        }

        table.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"{PairedMeanInterval.Recommended} fell below 93 %: " + string.Join("; ", failures) + Environment.NewLine + string.Join(Environment.NewLine, table));
    }
}
