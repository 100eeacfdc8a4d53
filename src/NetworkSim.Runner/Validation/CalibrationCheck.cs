namespace NetworkSim.Runner.Validation;

/// <summary>One check of <c>validate --calibration</c>: what it claims, whether it held, and the figures behind it.</summary>
public sealed record CalibrationCheck(string Name, bool Passed, string Claim, string Figures);
