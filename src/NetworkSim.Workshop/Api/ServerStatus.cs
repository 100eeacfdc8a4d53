namespace NetworkSim.Workshop.Api;

/// <summary>What <c>GET /api/status</c> returns: the sessions open and the runs they hold on the silo.</summary>
internal sealed record ServerStatus(int Sessions, int Runs);
