using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Hosting;

/// <summary>Counts every grain call the silo in this process receives, for <c>networksim.grain.calls</c>.</summary>
internal sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        RunTelemetry.GrainCalled();
        return context.Invoke();
    }

    /// <summary>Adds the counter to a silo when <c>--telemetry</c> asked for it (it sits on every call of the tick path).</summary>
    public static ISiloBuilder AddWhenAsked(ISiloBuilder silo) =>
        RunTelemetry.CountGrainCalls ? silo.AddIncomingGrainCallFilter<GrainCallCounter>() : silo;
}
