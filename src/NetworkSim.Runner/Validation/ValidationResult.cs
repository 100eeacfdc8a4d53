namespace NetworkSim.Runner.Validation;

/// <summary>One validation check: what it claims, by how much the simulation missed theory, and whether that is within tolerance.</summary>
public sealed record ValidationResult(string Name, string Claim, bool Passed, double Deviation, double Tolerance, IReadOnlyList<ValidationPoint> Points);
