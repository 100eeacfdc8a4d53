namespace NetworkSim.Workshop.Sessions;

/// <summary>A run as it stands after a step: what the page redraws.</summary>
/// <param name="Slot">Which design of the session (a, b).</param>
/// <param name="States">One letter per participant: p practising, k knows enough to adopt, n not yet.</param>
/// <param name="Ties">Five numbers per tie with a network member at one end (each pair once): from, to, trust in per cent (the mean of both directions, in steps of 5),
/// 1 if a facilitator brokered it (else 0), the week it formed (0 for the ties a run starts with), so that the page can highlight new brokered ties;
/// every tie when the run starts, then only the ties that formed or whose trust changed by a whole per cent.</param>
/// <param name="Curve">The weeks this step added (every week so far when the run starts).</param>
internal sealed record RunFrame(string Slot, int Week, int Weeks, bool Finished, string States, int[] Ties, CurvePoint[] Curve, int Members, int Participants);
