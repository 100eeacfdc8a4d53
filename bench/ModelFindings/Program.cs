// Issue 25's findings as figures: paired effects of levers, the diversity curve, drop-out timing and back home over
// two and four years, and discontinuance. Each replicate on the in-process reference engine (which the grains match).
using System.Globalization;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sensitivity;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var tree = args[0];
var what = args.Length > 1 ? args[1] : "all";
Directory.SetCurrentDirectory(tree);
string demo = "scenarios/workshop-demo.yaml", A = "scenarios/designs/twelve-diverse-one-facilitator.yaml", B = "scenarios/designs/twenty-four-similar-two-facilitators.yaml";
const int R = 20;

void Paired(string label, string path, string[] baseSet, string key, string lo, string hi)
{
    var l = Runs(path, [.. baseSet, $"{key}={lo}"]);
    var h = Runs(path, [.. baseSet, $"{key}={hi}"]);
    string Fmt(Func<Outcome, double> f, double scale)
    {
        var d = l.Zip(h, (a, b) => scale * (f(b) - f(a))).ToArray();
        var (x, y) = Statistics.BootstrapMeanInterval(d);
        return $"{Statistics.Mean(d):+0.0;-0.0} [{x:+0.0;-0.0}, {y:+0.0;-0.0}]";
    }
    Console.WriteLine($"{label,-60} {Path.GetFileNameWithoutExtension(path),-38} net {Fmt(o => o.Network, 100)}  home {Fmt(o => o.BackHome, 100)}  t50 {Fmt(o => o.Half, 1)}");
}

Outcome[] Runs(string path, string[] sets)
{
    var s = ScenarioReader.Load(path, sets) with { Replicates = R };
    var res = new Outcome[R];
    Parallel.For(0, R, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r => res[r] = Outcome.Of(Simulation.Run(s, CounterRandom.ReplicateSeed(s.Seed, r))));
    return res;
}

if (what is "all" or "levers")
{
    foreach (var d in new[] { A, B })
    {
        Paired("team 0->2 teachers", d, [], "network.team.teacher", "0", "2");
        Paired("team 0->2 teachers, team_presence=leader_presence=0", d, ["parameters.school.team_presence=0", "parameters.school.leader_presence=0"], "network.team.teacher", "0", "2");
        Paired("site visit none -> tick 6", d, [], "schedule.site_visits", "[]", "[6]");
        Paired("facilitators 1 -> 3", d, [], "facilitators.count", "1", "3");
        Paired("safe_space 0.3 -> 0.9", d, [], "parameters.facilitation.safe_space", "0.3", "0.9");
        Paired("convening every 8 -> 2", d, [], "schedule.convening_every", "8", "2");
        Paired("convening every 8 -> 2, time_away=0", d, ["parameters.school.time_away=0"], "schedule.convening_every", "8", "2");
        Paired("funding until 13 -> never", d, [], "facilitators.until", "13", "0");
    }
    Paired("site visit none -> tick 6", demo, [], "schedule.site_visits", "[]", "[6]");
    Paired("team teacher 0->1", demo, [], "network.team.teacher", "0", "1");
}

if (what is "all" or "diversity")
{
    foreach (var d in new[] { A, B })
        foreach (var div in new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })
        {
            var s = ScenarioReader.Load(d, [$"network.diversity={div}"]);
            double net = 0, t50 = 0, trust = 0, home = 0;
            for (var r = 0; r < R; r++)
            {
                var ticks = Simulation.Run(s, CounterRandom.ReplicateSeed(s.Seed, r));
                var o = Outcome.Of(ticks);
                net += o.Network; home += o.BackHome; t50 += o.Half; trust += ticks[^1].Value("mean_trust");
            }
            Console.WriteLine($"diversity {div:0.0} {Path.GetFileNameWithoutExtension(d),-38} in network {100 * net / R:0.0} %  back home {100 * home / R:0.00} %  t50 {t50 / R:0.0}  cross trust {trust / R:0.00}");
        }
}

if (what is "all" or "time")
{
    foreach (var ticksN in new[] { 104, 208 })
    {
        var s = ScenarioReader.Load(demo, [$"ticks={ticksN}"]);
        int anyDrop = 0, allGone = 0; var firsts = new List<int>(); var lasts = new List<int>(); double worstWindow = 0; var allWindows = new List<double>();
        var home = new Dictionary<int, List<double>>();
        int supportBelow = 0, schoolReps = 0;
        for (var r = 0; r < R; r++)
        {
            var sim = new Simulation(new RunModel(s, CounterRandom.ReplicateSeed(s.Seed, r)));
            var ticks = new List<TickMetrics> { sim.State.Last };
            while (!sim.Finished) ticks.Add(sim.Step());
            var members = ticks[0].Members;
            var dropped = ticks.Select(t => t.Value("dropped_out")).ToArray();
            if (dropped[^1] > 0) anyDrop++;
            if (dropped[^1] >= members) allGone++;
            var first = Array.FindIndex(dropped, d => d > 0); if (first >= 0) firsts.Add(first);
            var last = Array.FindIndex(dropped, d => d >= dropped[^1]); if (dropped[^1] > 0) lasts.Add(last);
            double w = 0; for (var t = 0; t + 12 < dropped.Length; t++) w = Math.Max(w, (dropped[t + 12] - dropped[t]) / members);
            worstWindow = Math.Max(worstWindow, w); allWindows.Add(w);
            foreach (var wk in new[] { 13, 26, 39, 52, 65, 78, 91, 104, 130, 156, 182, 208 })
                if (wk < ticks.Count) { var o = ticks[wk]; (home.TryGetValue(wk, out var l) ? l : home[wk] = []).Add(o.Value("adopters_back_home") / (o.Participants - o.Members)); }
            for (var sc = 0; sc < sim.Schools.Count; sc++) { schoolReps++; if (sim.Schools[sc].Support < sim.Model.Network.InitialSupport[sc]) supportBelow++; }
        }
        Console.WriteLine($"demo {ticksN} weeks: replicates with a drop-out {anyDrop}/{R}; all members gone {allGone}/{R}; first drop-out weeks {(firsts.Count > 0 ? $"{firsts.Min()}-{firsts.Max()}" : "none")}; last drop-out in weeks {(lasts.Count > 0 ? $"{lasts.Min()}-{lasts.Max()}" : "-")}; largest share of members leaving in a 12-week window: max {100 * worstWindow:0} %, median {100 * allWindows.Order().ElementAt(R / 2):0} %");
        Console.WriteLine("  back home by week: " + string.Join("  ", home.OrderBy(k => k.Key).Select(k => $"{k.Key}: {100 * k.Value.Average():0.0} %")));
        Console.WriteLine($"  school support ended below its start: {supportBelow} of {schoolReps} school-replicates");
    }
    // drop-outs in every shipped scenario
    foreach (var path in new[] { demo, "scenarios/chile-improvement-network.yaml", "scenarios/district-community-of-practice.yaml", A, B })
    {
        var s = ScenarioReader.Load(path);
        var reps = 0; var total = 0.0;
        for (var r = 0; r < R; r++) { var tk = Simulation.Run(s, CounterRandom.ReplicateSeed(s.Seed, r)); var d = tk[^1].Value("dropped_out"); reps += d > 0 ? 1 : 0; total += d / tk[0].Members; }
        Console.WriteLine($"drop-outs {Path.GetFileNameWithoutExtension(path),-38} replicates with any {reps}/{R}, mean share of members {100 * total / R:0.0} %");
    }
}

if (what is "all" or "discontinuance")
{
    foreach (var path in new[] { A, B, demo })
    {
        var s = ScenarioReader.Load(path);
        int adopters = 0, gaveUp = 0, readopted = 0, quick = 0; double inNetLo = 1, inNetHi = 0;
        for (var r = 0; r < R; r++)
        {
            var tk = Simulation.Run(s, CounterRandom.ReplicateSeed(s.Seed, r));
            var ev = tk.SelectMany(t => t.Events).ToArray();
            var byP = ev.GroupBy(e => (e.Participant, e.Practice));
            foreach (var g in byP)
            {
                var list = g.OrderBy(e => e.Tick).ToList();
                if (list.Any(e => e.Adopted)) adopters++;
                var firstDrop = list.FindIndex(e => !e.Adopted);
                if (firstDrop >= 0) { gaveUp++; if (list.Skip(firstDrop).Any(e => e.Adopted)) readopted++; 
                    for (var q = 0; q + 1 < list.Count; q++) if (!list[q].Adopted && list[q + 1].Adopted && list[q + 1].Tick - list[q].Tick <= 4) { quick++; break; } }
            }
            foreach (var t in tk.Skip(tk.Count / 2)) { var f = t.Total("member_adopters") / t.Members; inNetLo = Math.Min(inNetLo, f); inNetHi = Math.Max(inNetHi, f); }
        }
        Console.WriteLine($"discontinuance {Path.GetFileNameWithoutExtension(path),-38} adopters {adopters}; gave up at least once {gaveUp}; re-adopted {readopted} (within 4 weeks of giving up: {quick}); in-network share over the second half {100 * inNetLo:0}-{100 * inNetHi:0} %");
    }
}

if (what == "home")
{
    var extra = args.Skip(2).ToArray();
    var s = ScenarioReader.Load(demo, extra);
    var wk = new[] { 26, 39, 52, 65, 78, 104 };
    var sums = new double[wk.Length]; var net = new double[wk.Length];
    for (var r = 0; r < R; r++)
    {
        var tk = Simulation.Run(s, CounterRandom.ReplicateSeed(s.Seed, r));
        for (var w = 0; w < wk.Length; w++) { var o = tk[Math.Min(wk[w], tk.Count - 1)]; sums[w] += o.Value("adopters_back_home") / (o.Participants - o.Members); net[w] += o.Total("member_adopters") / o.Members; }
    }
    Console.WriteLine($"{string.Join(" ", extra),-70} back home " + string.Join("  ", wk.Select((w, i) => $"{w}:{100 * sums[i] / R:0.0}")) + " | network " + string.Join("  ", wk.Select((w, i) => $"{w}:{100 * net[i] / R:0}")));
}

if (what == "divcurve")
{
    var path = args.Length > 2 ? args[2] : A;
    var extra = args.Skip(3).ToArray();
    var levels = new[] { 0.0, 0.5, 1.0 };
    var curves = levels.Select(d => { var s = ScenarioReader.Load(path, [.. extra, $"network.diversity={d}"]); return Enumerable.Range(0, R).Select(r => Simulation.Run(s, CounterRandom.ReplicateSeed(s.Seed, r)).Select(t => t.Total("member_adopters") / t.Members).ToArray()).ToArray(); }).ToArray();
    foreach (var (a, b) in new[] { (0, 1), (0, 2), (1, 2) })
    {
        var n = curves[a][0].Length; double best = 0; int bestT = -1; string bestS = "";
        for (var t = 0; t < n; t++)
        {
            var d = Enumerable.Range(0, R).Select(r => 100 * (curves[b][r][t] - curves[a][r][t])).ToArray();
            var (lo, hi) = Statistics.BootstrapMeanInterval(d); var m = d.Average();
            var beyond = lo > 0 ? lo : hi < 0 ? -hi : 0;
            if (beyond > best) { best = beyond; bestT = t; bestS = $"{m:+0.0;-0.0} [{lo:+0.0;-0.0}, {hi:+0.0;-0.0}]"; }
        }
        var fin = Enumerable.Range(0, R).Select(r => 100 * (curves[b][r][^1] - curves[a][r][^1])).ToArray(); var (flo, fhi) = Statistics.BootstrapMeanInterval(fin);
        Console.WriteLine($"{string.Join(' ', extra),-50} diversity {levels[a]} -> {levels[b]}: largest paired difference beyond its interval at tick {bestT}: {bestS}; final {fin.Average():+0.0;-0.0} [{flo:+0.0;-0.0}, {fhi:+0.0;-0.0}]");
    }
}

if (what == "lever")
{
    // lever PATH KEY LO HI [base sets...]
    Paired(string.Join(' ', args.Skip(6)), args[2], args.Skip(6).ToArray(), args[3], args[4], args[5]);
}
