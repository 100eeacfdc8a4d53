using NetworkSim.Analysis.Designs;
using NetworkSim.Analysis.Discovery;

namespace NetworkSim.Analysis.Tests.Discovery;

public sealed class PrimTests
{
    private static readonly string[] Inputs = ["u0", "u1", "u2", "u3", "u4"];

    private static bool InPlantedBox(IReadOnlyList<double> x) => x[1] is >= 0.2 and <= 0.5 && x[3] is >= 0.6 and <= 0.9;

    [Fact]
    public void Prim_finds_a_planted_box_on_two_of_five_inputs_with_coverage_and_density_of_at_least_0_9()
    {
        // 2,000 uniform points (a Latin hypercube); outcome 1 inside [0.2, 0.5] × [0.6, 0.9] of u1 and u3, 0 elsewhere.
        var x = LatinHypercube.UnitSample(2000, 5, seed: 17);
        var y = x.Select(InPlantedBox).ToArray();

        var trajectory = Prim.FindBox(Inputs, x, y);
        var box = trajectory.ChosenBox;

        Assert.True(box.Coverage >= 0.9, $"coverage {box.Coverage}");
        Assert.True(box.Density >= 0.9, $"density {box.Density}");
        Assert.Equal([1, 3], box.Restricted);
        Assert.All(box.QuasiPValues, qp => Assert.True(qp < 1e-6, $"quasi-p {qp}"));
        Assert.InRange(box.Lower[1], 0.15, 0.25);
        Assert.InRange(box.Upper[1], 0.45, 0.55);
        Assert.InRange(box.Lower[3], 0.55, 0.65);
        Assert.InRange(box.Upper[3], 0.85, 0.95);
    }

    [Fact]
    public void A_given_box_is_described_by_its_coverage_density_mass_and_restrictions()
    {
        var x = LatinHypercube.UnitSample(2000, 5, seed: 17);
        var y = x.Select(InPlantedBox).ToArray();

        var box = Prim.Evaluate(Inputs, x, y, [0, 0.2, 0, 0.6, 0], [1, 0.5, 1, 0.9, 1]);

        Assert.Equal((1.0, 1.0), (box.Coverage, box.Density));
        Assert.Equal(y.Count(v => v) / 2000.0, box.Mass);
        Assert.Equal([1, 3], box.Restricted);
        Assert.Equal("given", box.Step);
    }

    [Fact]
    public void A_restriction_that_does_no_work_is_dropped_and_the_box_described_again()
    {
        // The planted box, also cut at u0 >= 0.02: that cut removes a few points and no density, so its quasi-p-value is large.
        var x = LatinHypercube.UnitSample(2000, 5, seed: 17);
        var y = x.Select(InPlantedBox).ToArray();
        var noisy = Prim.Evaluate(Inputs, x, y, [0.02, 0.2, 0, 0.6, 0], [1, 0.5, 1, 0.9, 1]);
        Assert.Equal([0, 1, 3], noisy.Restricted);
        Assert.True(noisy.QuasiPValues[0] > 0.05, $"quasi-p of u0: {noisy.QuasiPValues[0]}");

        var kept = Prim.KeepSignificant(Inputs, x, y, noisy);

        Assert.Equal([1, 3], kept.Restricted);
        Assert.Equal((0.0, 1.0), (kept.Lower[0], kept.Upper[0]), (a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-3 && Math.Abs(a.Item2 - b.Item2) < 1e-3);
        Assert.Equal((1.0, 1.0), (kept.Coverage, kept.Density));
        Assert.All(kept.QuasiPValues, qp => Assert.True(qp < 0.05));
    }

    [Fact]
    public void The_trajectory_starts_with_all_points_and_peels_towards_higher_density()
    {
        var x = LatinHypercube.UnitSample(1000, 5, seed: 4);
        var y = x.Select(InPlantedBox).ToArray();

        var boxes = Prim.FindBox(Inputs, x, y).Boxes;

        Assert.Equal("start", boxes[0].Step);
        Assert.Equal(1, boxes[0].Coverage);
        Assert.Equal(1, boxes[0].Mass);
        Assert.Empty(boxes[0].Restricted);
        var peels = boxes.TakeWhile(b => b.Step != "paste").ToArray();
        for (var i = 1; i < peels.Length; i++)
        {
            Assert.True(peels[i].Density > peels[i - 1].Density);
            Assert.True(peels[i].Mass < peels[i - 1].Mass);
            Assert.True(peels[i].Coverage <= peels[i - 1].Coverage);
        }

        Assert.All(boxes, b => Assert.True(b.Mass >= 0.05));
    }

    [Fact]
    public void The_default_choice_is_the_box_nearest_full_coverage_and_full_density()
    {
        var x = LatinHypercube.UnitSample(1000, 5, seed: 4);
        var y = x.Select(InPlantedBox).ToArray();

        var trajectory = Prim.FindBox(Inputs, x, y);

        var distances = trajectory.Boxes.Select(b => Math.Sqrt(Math.Pow(1 - b.Coverage, 2) + Math.Pow(1 - b.Density, 2))).ToArray();
        Assert.Equal(distances.Min(), distances[trajectory.Chosen]);
    }

    [Fact]
    public void The_coverage_rule_chooses_the_densest_box_that_covers_at_least_the_target()
    {
        var x = LatinHypercube.UnitSample(1000, 5, seed: 4);
        var y = x.Select(InPlantedBox).ToArray();

        var trajectory = Prim.FindBox(Inputs, x, y, new PrimOptions(Choice: PrimChoice.DensestAboveCoverage, CoverageTarget: 0.95));

        var eligible = trajectory.Boxes.Where(b => b.CoverageOfRemaining >= 0.95).ToArray();
        Assert.Equal(eligible.Max(b => b.Density), trajectory.ChosenBox.Density);
        Assert.True(trajectory.ChosenBox.Coverage >= 0.95);
    }

    [Fact]
    public void Covering_finds_two_separate_planted_boxes_one_after_the_other()
    {
        var x = LatinHypercube.UnitSample(3000, 5, seed: 21);
        var y = x.Select(p => InPlantedBox(p) || (p[0] is >= 0.7 and <= 0.95 && p[2] is >= 0.05 and <= 0.35)).ToArray();

        var boxes = Prim.Cover(Inputs, x, y);

        Assert.True(boxes.Count >= 2, $"{boxes.Count} boxes");
        var restricted = boxes.Take(2).Select(b => string.Join(",", b.ChosenBox.SignificantRestrictions())).Order().ToArray();
        Assert.True(restricted.SequenceEqual(["0,2", "1,3"]), string.Join(" | ", boxes.Select(b => Describe(b.ChosenBox))));
        Assert.True(boxes[0].ChosenBox.Coverage + boxes[1].ChosenBox.Coverage >= 0.8);
        Assert.All(boxes.Take(2), b => Assert.True(b.ChosenBox.Density >= 0.9));
    }

    private static string Describe(PrimBox box) => string.Join(", ", box.Restricted.Select((j, i) =>
        FormattableString.Invariant($"u{j} in [{box.Lower[j]:0.000}, {box.Upper[j]:0.000}] qp {box.QuasiPValues[i]:0.####}")));

    [Fact]
    public void Peel_limits_fall_midway_between_distinct_values()
    {
        Assert.Equal(1.5, PrimSearch.SdQuantile([1, 2, 3, 4, 5], 0.05));
        Assert.Equal(4.5, PrimSearch.SdQuantile([1, 2, 3, 4, 5], 0.95));
        Assert.Equal(2.5, PrimSearch.SdQuantile([2, 2, 2, 3], 0.05));
    }

    [Fact]
    public void Points_with_the_wrong_number_of_inputs_are_refused() =>
        Assert.Throws<ArgumentException>(() => Prim.FindBox(Inputs, [[0.1, 0.2]], [true]));
}
