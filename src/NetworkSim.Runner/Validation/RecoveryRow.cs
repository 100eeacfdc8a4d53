namespace NetworkSim.Runner.Validation;

/// <summary>One fitted parameter of one recovery: the truth it was simulated with and the posterior the calibration gave.</summary>
public sealed record RecoveryRow(string Study, string Parameter, int Truth, string Data, double TruthValue, double Median, double Mean, double Low, double High, long Runs)
{
    public bool Covered => Low <= TruthValue && TruthValue <= High;

    public double Width => High - Low;
}
