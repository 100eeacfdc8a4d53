namespace NetworkSim.Runner.Output;

/// <summary>An output cannot be written where the user asked; the CLI prints it and exits with code 2.</summary>
public sealed class OutputException(string message) : Exception(message);
