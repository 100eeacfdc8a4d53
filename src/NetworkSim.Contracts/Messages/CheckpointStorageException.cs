namespace NetworkSim.Contracts.Messages;

/// <summary>
/// A checkpoint piece could not be written or read: the storage (Redis on a cluster) kept failing after every try
/// the silo allowed. The message names the piece, the tries and the storage's last error in one line.
/// </summary>
[GenerateSerializer, Alias("NetworkSim.CheckpointStorageException")]
public sealed class CheckpointStorageException : Exception
{
    public CheckpointStorageException()
    {
    }

    public CheckpointStorageException(string message)
        : base(message)
    {
    }

    public CheckpointStorageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
