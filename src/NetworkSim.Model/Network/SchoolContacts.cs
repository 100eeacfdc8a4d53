namespace NetworkSim.Model.Network;

/// <summary>
/// The tick-0 contacts of one school's participants, in compressed form: the slice of the whole contact graph that
/// a silo hosting the school needs. Contacts of participant <c>First + k</c> are
/// <c>Contacts[Start[k] .. Start[k+1]-1]</c>, sorted, with the same global indices as the whole graph.
/// </summary>
public sealed class SchoolContacts
{
    public required int School { get; init; }

    /// <summary>Global index of the school's first participant.</summary>
    public required int First { get; init; }

    public required int[] Start { get; init; }

    public required int[] Contacts { get; init; }

    /// <summary>Every tie leaving or inside the school, counted from each of its participants' side.</summary>
    public int Count => Contacts.Length;

    public ReadOnlySpan<int> Of(int participant) =>
        Contacts.AsSpan(Start[participant - First], Start[participant - First + 1] - Start[participant - First]);

    public int Degree(int participant) => Start[participant - First + 1] - Start[participant - First];
}
