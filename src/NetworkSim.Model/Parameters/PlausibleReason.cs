namespace NetworkSim.Model.Parameters;

/// <summary>Reasons for plausible ranges that many parameters share (a [Parameter] argument must be a constant).</summary>
internal static class PlausibleReason
{
    /// <summary>The usual case: a seed names the mechanism but gives no size.</summary>
    public const string HalfToOneAndAHalf =
        "assumption: half to one and a half times the default; the sources name the mechanism, not its size";
}
