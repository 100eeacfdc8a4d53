namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// One step of <c>compare --explain</c>: a group of settings that go together (the tie structure and its
/// parameters; the number of schools and where the practice starts; otherwise one key), set to the other design's
/// values in the file as written. <see cref="Problem"/> says why it could not be applied on its own, if it could not.
/// </summary>
public sealed record ExplainFactor(string Name, IReadOnlyList<KeyValuePair<string, string>> Assignments, string? Problem = null)
{
    public string Describe() => string.Join(", ", Assignments.Select(a => $"{a.Key}: {a.Value}"));
}
