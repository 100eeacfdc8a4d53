namespace NetworkSim.Runner.Sensitivity;

/// <summary>A global sensitivity method: Morris elementary effects (screening) or Sobol' indices (variance shares).</summary>
public enum GlobalMethod
{
    Morris,
    Sobol,
}
