using System.Globalization;

namespace NetworkSim.Runner.Files;

/// <summary>How large an input of one kind may be, and the words a refusal uses for that kind.</summary>
public sealed record InputLimit(string What, long Bytes)
{
    /// <summary>Scenario, sweep and design YAML: a few hundred bytes in practice; 8 MiB parses in about a second.</summary>
    public static readonly InputLimit Yaml = new("a scenario, sweep or design file", 8L << 20);

    /// <summary>Network CSV and GraphML: about 100 million CSV ties, more than the memory of most machines holds once read.</summary>
    public static readonly InputLimit Network = new("a network file", 2L << 30);

    /// <summary>A file NetworkSim wrote and reads back (a sweep's runs.csv and state).</summary>
    public static readonly InputLimit Results = new("a results file", 1L << 30);

    /// <summary>A results folder's marker with its list of files.</summary>
    public static readonly InputLimit Marker = new("a results marker", 1L << 20);

    /// <summary>The limit as a person reads it: "8 MiB (8,388,608 bytes)".</summary>
    public string Figure => (Bytes >= 1L << 30 ? $"{Bytes >> 30} GiB" : $"{Bytes >> 20} MiB") + $" ({Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)";
}
