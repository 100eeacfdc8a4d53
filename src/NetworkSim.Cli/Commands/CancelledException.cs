namespace NetworkSim.Cli.Commands;

/// <summary>A command was cancelled (Ctrl-C, SIGTERM); its message says what was cancelled and what was kept.</summary>
internal sealed class CancelledException(string message, Exception inner) : OperationCanceledException(message, inner);
