namespace NetworkSim.Runner.Scenarios;

/// <summary>How a directed network file is read.</summary>
internal enum DirectedFile
{
    /// <summary>Refuse it, saying why (ties are undirected).</summary>
    Refuse,

    /// <summary>Tie two nodes when either points to the other.</summary>
    Symmetrise,
}
