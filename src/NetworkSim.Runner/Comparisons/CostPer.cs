namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// Cost per unit of an outcome (per adopter, per institutionalised school): the design's total cost over the mean
/// outcome, its interval the total over the ends of the mean's 95 % interval (the cost is fixed, so this maps the
/// interval exactly). No value when the outcome's mean is 0; no upper end when its interval reaches 0.
/// </summary>
public sealed record CostPer(double Total, double? Mean, double? Low, double? High)
{
    public static CostPer Of(double total, double mean, double meanLow, double meanHigh) =>
        new(total, mean > 0 ? total / mean : null, meanHigh > 0 ? total / meanHigh : null, meanLow > 0 ? total / meanLow : null);
}
