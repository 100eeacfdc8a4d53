namespace NetworkSim.Workshop.Tests;

/// <summary>
/// A measurement, not a check: it runs only when <c>NETWORKSIM_WORKSHOP_MEASURE</c> is set (see
/// <c>docs/bench/workshop-frames.sh</c>), because it takes minutes and its figures depend on the machine.
/// </summary>
public sealed class MeasurementFactAttribute : FactAttribute
{
    public const string Variable = "NETWORKSIM_WORKSHOP_MEASURE";

    public MeasurementFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"a measurement: set {Variable}=1 (docs/bench/workshop-frames.sh does).";
        }
    }
}
