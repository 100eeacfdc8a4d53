namespace NetworkSim.Runner.Output;

public enum NetworkOutput
{
    None,
    First,
    All,
}
