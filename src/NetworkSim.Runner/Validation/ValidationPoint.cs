namespace NetworkSim.Runner.Validation;

/// <summary>One point of a validation curve: simulated against theory, with the tolerance band around theory.</summary>
public sealed record ValidationPoint(string Series, double X, double Simulated, double Theory, double Lower, double Upper);
