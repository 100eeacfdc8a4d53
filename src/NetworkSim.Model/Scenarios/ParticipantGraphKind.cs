namespace NetworkSim.Model.Scenarios;

/// <summary>How participants are tied to one another.</summary>
public enum ParticipantGraphKind
{
    /// <summary>Colleagues within a school, and network teams of tied schools (the networked-improvement design).</summary>
    SchoolTies,

    /// <summary>No ties at all: mean field (Bass).</summary>
    None,

    /// <summary>Everyone tied to everyone.</summary>
    Complete,

    /// <summary>Erdős–Rényi G(n, p) with a given mean degree.</summary>
    ErdosRenyi,

    /// <summary>Watts–Strogatz ring lattice with k neighbours, rewired with probability p.</summary>
    WattsStrogatz,

    /// <summary>Barabási–Albert preferential attachment with m ties per new participant.</summary>
    BarabasiAlbert,

    /// <summary>Stochastic block model: schools are the blocks, with a density within and between them.</summary>
    StochasticBlock,

    /// <summary>A measured network read from a CSV edge list or GraphML file; schools and roles come from its node table.</summary>
    File,
}
