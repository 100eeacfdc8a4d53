using NetworkSim.Analysis.Calibration;

namespace NetworkSim.Runner.Calibration;

/// <summary>A finished calibration: the engine's final state, the distance it used, this session's time and the runs an earlier session had done.</summary>
public sealed record CalibrationOutcome(AbcSmcState State, DistanceScales Scales, TimeSpan Elapsed, long Resumed);
