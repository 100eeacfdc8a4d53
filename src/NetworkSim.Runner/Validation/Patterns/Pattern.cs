namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>
/// A qualitative pattern the sources state, checked on the shipped scenarios (pattern-oriented modelling, Grimm et al.
/// 2005): its name, the claim and the seed lines it comes from, and how it is measured in one world.
/// </summary>
/// <param name="Id">Short name used in file names, e.g. <c>ebb-and-flow</c>.</param>
/// <param name="Title">The pattern in a few words.</param>
/// <param name="Claim">What the sources say, quoted.</param>
/// <param name="Source">Seed lines, e.g. <c>000:L54</c>.</param>
/// <param name="Measure">The estimates of the pattern in a world.</param>
public sealed record Pattern(string Id, string Title, string Claim, string Source, Func<PatternRuns, IReadOnlyList<PatternEstimate>> Measure);
