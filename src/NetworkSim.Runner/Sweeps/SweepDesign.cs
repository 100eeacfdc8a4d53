namespace NetworkSim.Runner.Sweeps;

/// <summary>How a sweep chooses its points.</summary>
public enum SweepDesign
{
    /// <summary>Every combination of every parameter's values (the first parameter varies slowest).</summary>
    Grid,

    /// <summary>The points listed in the sweep file, as written.</summary>
    List,

    /// <summary>Independent uniform draws within each parameter's range.</summary>
    Random,

    /// <summary>Latin hypercube: each parameter's range cut into as many strata as samples, each stratum used once.</summary>
    LatinHypercube,

    /// <summary>A centre point, then each parameter through its values with the others held at the centre.</summary>
    OneAtATime,
}
