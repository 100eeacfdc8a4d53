namespace NetworkSim.Grains.Tests;

/// <summary>The count of a run's activations on a silo that a run's end waits on (<see cref="RunGrains"/>).</summary>
public class RunGrainsTests
{
    [Fact]
    public void Activations_of_one_run_share_one_run_id_string()
    {
        var live = new RunGrains();
        var first = live.Track(new string("run-1".AsSpan()), RunGrains.Participants);
        var second = live.Track(new string("run-1".AsSpan()), RunGrains.Participants);

        Assert.Same(first.RunId, second.RunId);
        Assert.Equal(2, live.Count("run-1", RunGrains.Participants));
    }

    [Fact]
    public async Task A_run_s_grains_are_gone_when_the_last_activation_has_left()
    {
        var live = new RunGrains();
        var first = live.Track("run-1", RunGrains.Schools);
        var second = live.Track("run-1", RunGrains.Schools);
        var other = live.Track("run-2", RunGrains.Schools);

        var gone = live.WhenGoneAsync("run-1", RunGrains.Schools);
        first.Leave();
        Assert.False(gone.IsCompleted);
        second.Leave();

        await gone.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, live.Count("run-1", RunGrains.Schools));
        Assert.Equal(1, live.Count("run-2", RunGrains.Schools));
        other.Leave();
        Assert.Equal(0, live.Count("run-2", RunGrains.Schools));
    }

    [Fact]
    public async Task A_run_tracked_again_after_its_grains_left_is_counted_afresh()
    {
        var live = new RunGrains();
        live.Track("run-1", RunGrains.Facilitators).Leave();

        var again = live.Track("run-1", RunGrains.Facilitators);
        Assert.Equal(1, live.Count("run-1", RunGrains.Facilitators));
        var gone = live.WhenGoneAsync("run-1", RunGrains.Facilitators);
        again.Leave();

        await gone.WaitAsync(TimeSpan.FromMinutes(1));
    }
}
