using static NetworkSim.Runner.Validation.Patterns.PatternStatistics;

namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>
/// The qualitative patterns the five source documents state, each measured on the shipped scenarios with paired
/// replicates and a 95 % interval. A pattern holds when each of its intervals lies on the side the sources state.
/// </summary>
public static class PatternCatalog
{
    public const string Demo = "scenarios/workshop-demo.yaml";
    public const string DesignA = "scenarios/designs/twelve-diverse-one-facilitator.yaml";

    /// <summary>The shipped scenarios a designer compares (the 1,000-school network is a scale test).</summary>
    public static readonly string[] Designs =
    [
        Demo,
        "scenarios/chile-improvement-network.yaml",
        "scenarios/district-community-of-practice.yaml",
        DesignA,
        "scenarios/designs/twenty-four-similar-two-facilitators.yaml",
    ];

    public static readonly Pattern[] All =
    [
        new("ebb-and-flow", "Engagement ebbs and flows: some members drift away, not all at once",
            "\"Participant ebb and flow is not only inevitable in an LC, it is also healthy ... some members may find less connection to the LC and it is natural to become less engaged or drop out.\"",
            "000:L54", EbbAndFlow),
        new("back-home-harder", "Back home is harder than the network",
            "\"PLN members often find it hard to communicate with colleagues outside their PLN about approaches and outcomes.\"",
            "002:L15", BackHomeHarder),
        new("diversity-balance", "Both arms of the diversity balance act",
            "\"thought diversity that creates interdependence in learning (because participants complement each other's expertise)\"; the model brief: \"too much makes trust slow to build\"",
            "000:L24-26", DiversityBalance),
        new("trust-before-practice", "Trust comes before practice change",
            "\"Less measurable outcomes like community and trust often precede more tangible outcomes.\"",
            "000:L86, 000:L93-95", TrustBeforePractice),
        new("facilitation-and-site-visits", "Facilitation and site visits act",
            "\"demonstrating success early on through a site visit\"; facilitators \"documented and synthesized learning\" and \"played an important role in weaving the community\"",
            "000:L42-50", FacilitationAndSiteVisits),
        new("teams-and-leaders", "Teams and senior leaders amplify change back home",
            "\"the participation of teams of participants, or top leaders, or both together, can create the critical mass needed to effect change at the organization\"",
            "000:L30", TeamsAndLeaders),
        new("goes-on-after-funding", "Networks often go on after funding is withdrawn",
            "\"Nonetheless, in most cases, networks have continued their work as school leaders value the opportunities to share and exchange experiences\"",
            "002:L55", GoesOnAfterFunding),
    ];

    private static PatternEstimate Above(string statistic, (double Mean, double Low, double High) e, double bar, string unit) =>
        new(statistic, e.Mean, e.Low, e.High, e.Low > bar, unit);

    private static PatternEstimate Below(string statistic, (double Mean, double Low, double High) e, double bar, string unit) =>
        new(statistic, e.Mean, e.Low, e.High, e.High < bar, unit);

    private static IReadOnlyList<PatternEstimate> EbbAndFlow(PatternRuns runs)
    {
        var twoYears = runs.Of(Demo, "ticks=104");
        var fourYears = runs.Of(Demo, "ticks=208");
        return
        [
            Above("workshop demo: share of members who left the network within two years (above 0)", PatternRuns.Estimate(twoYears.Select(DroppedOut)), 0, "share"),
            Below("workshop demo over four years: the most members leaving within any 12 weeks (below 75 %)", PatternRuns.Estimate(fourYears.Select(r => MostLeavingWithin(r, 12))), 0.75, "share"),
        ];
    }

    private static IReadOnlyList<PatternEstimate> BackHomeHarder(PatternRuns runs) =>
        Designs.Select(path => Above($"{Name(path)}: share practising in the network minus back home at the end (above 0)",
            PatternRuns.Estimate(runs.Of(path).Select(r => InNetwork(r[^1]) - BackHome(r[^1]))), 0, "points")).ToArray();

    private static IReadOnlyList<PatternEstimate> DiversityBalance(PatternRuns runs)
    {
        const string drag = "parameters.trust.diversity_drag=0", creation = "parameters.exchange.creation=0";
        return
        [
            Above("design A, trust blind to distance: diversity 0 → 1, mean share practising in the network over the year (above 0: what complementary experts create brings it earlier)",
                PatternRuns.Paired(runs.Of(DesignA, "network.diversity=0", drag), runs.Of(DesignA, "network.diversity=1", drag), InNetworkOverTheRun), 0, "points"),
            Below("design A, nothing created from difference: diversity 0 → 1, mean share practising in the network over the year (below 0: slower trust across distance holds it back)",
                PatternRuns.Paired(runs.Of(DesignA, "network.diversity=0", creation), runs.Of(DesignA, "network.diversity=1", creation), InNetworkOverTheRun), 0, "points"),
        ];
    }

    /// <remarks>
    /// "Precede" is read as onset: the week trust has made a tenth of its rise against the week adoption has. The week of
    /// half the rise is no test of it: cross-school trust keeps rising for as long as members meet, while adoption in the
    /// network levels off within months, so half of trust's rise comes late however early it began.
    /// </remarks>
    private static IReadOnlyList<PatternEstimate> TrustBeforePractice(PatternRuns runs) =>
    [
        .. Designs.Select(path => Below($"{Name(path)}: week cross-school trust makes a tenth of its rise minus week adoption in the network does (below 0)",
            PatternRuns.Estimate(runs.Of(path).Select(r => Onset(r, t => t.Value("mean_trust")) - Onset(r, InNetwork))), 0, "weeks")),
        Above("workshop demo: trust that never grows → trust.growth at its default, mean share practising in the network over two years (above 0: trust is a precursor)",
            PatternRuns.Paired(runs.Of(Demo, "parameters.trust.growth=0"), runs.Of(Demo), InNetworkOverTheRun), 0, "points"),
    ];

    private static IReadOnlyList<PatternEstimate> FacilitationAndSiteVisits(PatternRuns runs) =>
    [
        Above("workshop demo: no facilitator → one, mean share practising in the network over two years (above 0)",
            PatternRuns.Paired(runs.Of(Demo, "facilitators.count=0"), runs.Of(Demo), InNetworkOverTheRun), 0, "points"),
        Below("workshop demo: no site visit → one at week 6, weeks until half the members practise (below 0: sooner)",
            PatternRuns.Paired(runs.Of(Demo, "schedule.site_visits=[]"), runs.Of(Demo), TicksToHalfInNetwork), 0, "weeks"),
    ];

    private static IReadOnlyList<PatternEstimate> TeamsAndLeaders(PatternRuns runs) =>
    [
        Above("workshop demo: the principal alone → with a teacher, share practising back home at two years (above 0)",
            PatternRuns.Paired(runs.Of(Demo, "network.team.teacher=0"), runs.Of(Demo), r => BackHome(r[^1])), 0, "points"),
        Above("workshop demo: a teacher alone → with the principal, share practising back home at two years (above 0)",
            PatternRuns.Paired(runs.Of(Demo, "network.team.leader=0"), runs.Of(Demo), r => BackHome(r[^1])), 0, "points"),
    ];

    private static IReadOnlyList<PatternEstimate> GoesOnAfterFunding(PatternRuns runs) =>
    [
        Above("workshop demo, funding ended at week 52: share of members still taking part at week 104 (above 50 %)",
            PatternRuns.Estimate(runs.Of(Demo, "facilitators.until=52").Select(r => r[^1].Value("engaged_fraction"))), 0.5, "share"),
    ];

    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);
}
