namespace NetworkSim.Workshop.Api;

/// <summary>What <c>GET /api/status</c> returns: the sessions open and the runs they hold on the silo.</summary>
public sealed record ServerStatus(int Sessions, int Runs);
