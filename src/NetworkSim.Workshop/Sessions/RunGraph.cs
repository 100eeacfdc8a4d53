namespace NetworkSim.Workshop.Sessions;

/// <summary>Who is in a run, by participant index: the page lays this out once per run so that nodes never jump.</summary>
/// <param name="Schools">School names, in school order.</param>
/// <param name="School">Each participant's school.</param>
/// <param name="Role">Each participant's role: leader, coach, teacher or staff.</param>
/// <param name="Member">Whether each participant is in the network team (false: a colleague back home).</param>
internal sealed record RunGraph(string[] Schools, int[] School, string[] Role, bool[] Member);
