using NetworkSim.Cli.Hosting;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// A cluster silo ends its process shortly after its first OutOfMemoryException (<see cref="OutOfMemoryExit"/>), so
/// that its clients see a lost silo instead of waiting 30 minutes for a reply it could not send.
/// </summary>
public class OutOfMemoryExitTests
{
    [Fact]
    public void A_silo_ends_at_its_first_out_of_memory_exception_even_one_that_was_caught()
    {
        var exits = new List<string>();
        using var ended = new ManualResetEventSlim();
        using (new OutOfMemoryExit(message => { lock (exits) { exits.Add(message); } ended.Set(); }, TimeSpan.Zero))
        {
            ThrowAndCatch(new OutOfMemoryException());
            ThrowAndCatch(new OutOfMemoryException());
            Assert.True(ended.Wait(TimeSpan.FromMinutes(1)), "the process was not ended");
        }

        var message = Assert.Single(exits);
        Assert.Contains("out of memory", message);
        Assert.Contains("DOTNET_GCHeapHardLimit", message);
    }

    [Fact]
    public void Other_exceptions_and_a_disarmed_watch_do_not_end_the_silo()
    {
        var exits = new List<string>();
        // Disposing waits for the watch to finish, so what it did is known when the block ends.
        using (new OutOfMemoryExit(exits.Add, TimeSpan.Zero))
        {
            ThrowAndCatch(new InvalidOperationException("a grain call failed"));
            ThrowAndCatch(new InsufficientExecutionStackException());
        }

        ThrowAndCatch(new OutOfMemoryException());
        Assert.Empty(exits);
    }

    private static void ThrowAndCatch(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught) when (ReferenceEquals(caught, exception))
        {
            // As in a silo where Orleans catches what a grain call threw and tries to send it back.
        }
    }
}
