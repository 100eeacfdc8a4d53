namespace NetworkSim.Model.Network;

/// <summary>
/// A contact graph held per school: each school's <see cref="SchoolContacts"/> is built from (scenario, seed, school)
/// the first time it is asked for and kept, so a silo holds the slices of the schools it hosts and no others.
/// Safe for concurrent use: two grains asking at once may both build a slice, and one copy is kept.
/// </summary>
public sealed class ContactSlices(int schools, Func<int, SchoolContacts> build)
{
    private readonly SchoolContacts?[] _held = new SchoolContacts?[schools];

    /// <summary>The school's slice, built and kept on first use.</summary>
    public SchoolContacts Of(int school)
    {
        var held = Volatile.Read(ref _held[school]);
        if (held is not null)
        {
            return held;
        }

        var built = build(school);
        return Interlocked.CompareExchange(ref _held[school], built, null) ?? built;
    }

    /// <summary>The school's slice, built when not held but not kept (for a one-off read such as a facilitator's start).</summary>
    public SchoolContacts Peek(int school) => Volatile.Read(ref _held[school]) ?? build(school);

    /// <summary>The schools whose slices are held, ascending.</summary>
    public IReadOnlyList<int> Held => Enumerable.Range(0, _held.Length).Where(s => Volatile.Read(ref _held[s]) is not null).ToArray();

    /// <summary>Drops every slice held (a run model does so after choosing its initial adopters).</summary>
    public void Forget() => Array.Clear(_held);
}
