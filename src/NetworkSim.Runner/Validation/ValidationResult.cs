namespace NetworkSim.Runner.Validation;

/// <summary>One point of a validation curve: simulated against theory, with the tolerance band around theory.</summary>
public sealed record ValidationPoint(string Series, double X, double Simulated, double Theory, double Lower, double Upper);

/// <summary>One validation check: what it claims, by how much the simulation missed theory, and whether that is within tolerance.</summary>
public sealed record ValidationResult(string Name, string Claim, bool Passed, double Deviation, double Tolerance, IReadOnlyList<ValidationPoint> Points);
