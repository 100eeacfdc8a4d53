using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>Builds the static network of one replicate from a resolved scenario and the replicate's seed.</summary>
public static class NetworkBuilder
{
    /// <param name="scenario">The resolved scenario.</param>
    /// <param name="seed">The replicate's seed.</param>
    /// <param name="perSchool">
    /// Hold a <c>school_ties</c> contact graph per school (<see cref="BuiltNetwork.Slices"/>), each school's built on
    /// first use, instead of the whole graph: what a silo that hosts some of the schools needs. Other participant
    /// graphs are one global draw (or a file) and are always held whole.
    /// </param>
    public static BuiltNetwork Build(Scenario scenario, ulong seed, bool perSchool = false)
    {
        var design = scenario.Network;
        var imported = design.ParticipantGraph.Kind == ParticipantGraphKind.File ? design.ParticipantGraph.Imported : null;
        var schools = design.SchoolCount;
        var n = design.ParticipantCount;

        var schoolStart = new int[schools + 1];
        var school = new int[n];
        var role = new Role[n];
        var inNetwork = new bool[n];
        var openness = new double[n];
        var expertise = new double[n * BuiltNetwork.ExpertiseDimensions];
        var support = new double[schools];
        var problem = new int[schools];
        var roleOffset = RoleOffsets(seed);
        var p = scenario.Parameters.School;
        var facilitator = FacilitatorAssignment.SchoolsFacilitator(scenario.Facilitators, schools);

        for (var s = 0; s < schools; s++)
        {
            schoolStart[s + 1] = schoolStart[s] + design.StaffOf(s);
            problem[s] = CounterRandom.Uniform(seed, Purpose.Problem, s) < design.Commonality ? 0 : s + 1;
            support[s] = Math.Clamp(p.SupportInitial + p.SupportSpread * CounterRandom.Normal(seed, Purpose.Support, s), 0, 1);
            var centre = new double[BuiltNetwork.ExpertiseDimensions];
            for (var d = 0; d < centre.Length; d++)
            {
                // A school's specialism leans towards one end of each dimension (|offset| ~ U^(1/4)), so that at
                // diversity 1 about a quarter of cross-school pairs are too far apart for trust to grow (d > 1/drag at
                // the default drag) while at diversity 0 every school is alike: both arms of diversity can act.
                var u = CounterRandom.Uniform(seed, Purpose.SchoolExpertise, s, d);
                var offset = Math.Sign(u - 0.5) * Math.Pow(Math.Abs(2 * u - 1), 0.25);
                centre[d] = 0.5 + 0.5 * design.Diversity * offset;
            }

            if (imported is null)
            {
                Staff(design, schoolStart[s], role, inNetwork);
            }
            else
            {
                // An imported school's members keep the roles and membership of the node table.
                Array.Copy(imported.Roles, schoolStart[s], role, schoolStart[s], design.StaffOf(s));
                Array.Copy(imported.InNetwork, schoolStart[s], inNetwork, schoolStart[s], design.StaffOf(s));
            }

            for (var i = schoolStart[s]; i < schoolStart[s + 1]; i++)
            {
                school[i] = s;
                openness[i] = 0.5 + 0.5 * CounterRandom.Uniform(seed, Purpose.Openness, i);
                for (var d = 0; d < BuiltNetwork.ExpertiseDimensions; d++)
                {
                    var noise = 0.05 * CounterRandom.Normal(seed, Purpose.ParticipantExpertise, i, d);
                    expertise[i * BuiltNetwork.ExpertiseDimensions + d] =
                        Math.Clamp(centre[d] + design.RoleDiversity * roleOffset[(int)role[i], d] + noise, 0, 1);
                }
            }
        }

        var partner = Partners(schoolStart, inNetwork, seed);
        var schoolGraph = imported is null ? SchoolGraph.Build(design, seed) : null;
        if (perSchool && design.ParticipantGraph.Kind == ParticipantGraphKind.SchoolTies)
        {
            return Assemble(schoolGraph!, new ContactSlices(schools, s => SchoolTieContacts.Build(design, schoolStart, inNetwork, schoolGraph!, s)), null, null, null, null);
        }

        var (contactStart, contacts) = design.ParticipantGraph.Kind switch
        {
            ParticipantGraphKind.SchoolTies => Compress(SchoolTies(design, schoolStart, inNetwork, schoolGraph!)),
            ParticipantGraphKind.File => SchoolGraph.ToCompressed(n, imported!.TieA.Zip(imported.TieB)),
            _ => ParticipantGraph(design.ParticipantGraph, schoolStart, seed),
        };
        var schoolLinks = SchoolLinks(schoolStart, school, contactStart, contacts, schools);

        // A measured network has no school graph of its own: schools are tied where their participants are.
        return Assemble(schoolGraph ?? schoolLinks, null, contactStart, contacts, schoolLinks,
            imported?.TieTrust is null ? null : ContactTrust(imported, contactStart, contacts));

        // The whole graph's arrays are null exactly when its slices are held instead (BuiltNetwork throws if they are read).
        BuiltNetwork Assemble(int[][] neighbours, ContactSlices? slices, int[]? start, int[]? flat, int[][]? links, double[]? trust) => new()
        {
            SchoolCount = schools,
            SchoolStart = schoolStart,
            InitialSupport = support,
            Problem = problem,
            Facilitator = facilitator,
            FacilitationShare = FacilitatorAssignment.Shares(scenario.Facilitators, facilitator),
            SchoolNeighbours = neighbours,
            School = school,
            Role = role,
            InNetwork = inNetwork,
            Partner = partner,
            Openness = openness,
            Expertise = expertise,
            ContactStart = start!,
            Contacts = flat!,
            SchoolLinks = links!,
            ContactTrust = trust,
            Slices = slices,
        };
    }

    /// <summary>
    /// Each network member's co-teaching partner back home (002:L17: "inviting co-teaching partners into a PLN ... is
    /// helpful" for mobilising knowledge): one colleague of its school who is not a member, drawn; -1 for everyone else.
    /// </summary>
    private static int[] Partners(int[] schoolStart, bool[] inNetwork, ulong seed)
    {
        var partner = new int[inNetwork.Length];
        Array.Fill(partner, -1);
        var home = new List<int>();
        for (var s = 0; s + 1 < schoolStart.Length; s++)
        {
            home.Clear();
            for (var i = schoolStart[s]; i < schoolStart[s + 1]; i++)
            {
                if (!inNetwork[i])
                {
                    home.Add(i);
                }
            }

            for (var i = schoolStart[s]; i < schoolStart[s + 1] && home.Count > 0; i++)
            {
                if (inNetwork[i])
                {
                    partner[i] = home[CounterRandom.Below(home.Count, seed, Purpose.Partner, i)];
                }
            }
        }

        return partner;
    }

    /// <summary>A generated school's staff, ordered by role, the team first within each role.</summary>
    private static void Staff(NetworkDesign design, int first, Role[] role, bool[] inNetwork)
    {
        var i = first;
        foreach (var r in Roles.All)
        {
            for (var k = 0; k < design.Staff[r]; k++, i++)
            {
                role[i] = r;
                inNetwork[i] = k < design.Team[r];
            }
        }
    }

    /// <summary>The initial trust of each contact (both ends of a tie alike), from the imported ties' weights.</summary>
    private static double[] ContactTrust(ImportedNetwork imported, int[] start, int[] contacts)
    {
        var byTie = new Dictionary<long, double>(imported.TieCount);
        for (var t = 0; t < imported.TieCount; t++)
        {
            byTie[Graphs.Key(imported.TieA[t], imported.TieB[t])] = imported.TieTrust![t];
        }

        var trust = new double[contacts.Length];
        for (var i = 0; i + 1 < start.Length; i++)
        {
            for (var c = start[i]; c < start[i + 1]; c++)
            {
                trust[c] = byTie[Graphs.Key(i, contacts[c])];
            }
        }

        return trust;
    }

    /// <summary>Each role leans towards its own corner of expertise space; drawn once per replicate.</summary>
    private static double[,] RoleOffsets(ulong seed)
    {
        var offsets = new double[Roles.All.Length, BuiltNetwork.ExpertiseDimensions];
        foreach (var r in Roles.All)
        {
            for (var d = 0; d < BuiltNetwork.ExpertiseDimensions; d++)
            {
                offsets[(int)r, d] = CounterRandom.Uniform(seed, Purpose.RoleExpertise, (int)r, d) - 0.5;
            }
        }

        return offsets;
    }

    /// <summary>A textbook graph over all participants, compressed; schools only group them (and are the blocks of an SBM).</summary>
    private static (int[] Start, int[] Contacts) ParticipantGraph(ParticipantGraphSpec spec, int[] schoolStart, ulong seed)
    {
        var n = schoolStart[^1];
        var edges = spec.Kind switch
        {
            ParticipantGraphKind.None => [],
            ParticipantGraphKind.Complete => Graphs.Complete(n),
            ParticipantGraphKind.ErdosRenyi => Graphs.ErdosRenyi(n, n > 1 ? spec.MeanDegree / (n - 1) : 0, seed, Purpose.ParticipantGraph),
            ParticipantGraphKind.WattsStrogatz => Graphs.WattsStrogatz(n, spec.Neighbours, spec.Rewiring, seed, Purpose.ParticipantGraph),
            ParticipantGraphKind.BarabasiAlbert => Graphs.BarabasiAlbert(n, spec.Attachments, seed, Purpose.ParticipantGraph),
            ParticipantGraphKind.StochasticBlock => Graphs.StochasticBlock(schoolStart, spec.Within, spec.Between, seed, Purpose.ParticipantGraph),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "unknown participant graph"),
        };
        return SchoolGraph.ToCompressed(n, edges);
    }

    private static (int[] Start, int[] Contacts) Compress(int[][] lists)
    {
        var start = new int[lists.Length + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            start[i + 1] = start[i] + lists[i].Length;
        }

        var flat = new int[start[^1]];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i].CopyTo(flat, start[i]);
        }

        return (start, flat);
    }

    /// <summary>For each school, the schools where some of its participants have contacts (the schools it sends states to).</summary>
    private static int[][] SchoolLinks(int[] schoolStart, int[] school, int[] start, int[] contacts, int schools)
    {
        // A school's participants are consecutive; seen[o] == s marks school o as already linked from s.
        var links = new int[schools][];
        var seen = new int[schools];
        Array.Fill(seen, -1);
        var linked = new List<int>();
        for (var s = 0; s < schools; s++)
        {
            linked.Clear();
            for (var c = start[schoolStart[s]]; c < start[schoolStart[s + 1]]; c++)
            {
                var other = school[contacts[c]];
                if (other != s && seen[other] != s)
                {
                    seen[other] = s;
                    linked.Add(other);
                }
            }

            linked.Sort();
            links[s] = [.. linked];
        }

        return links;
    }

    /// <summary>
    /// Colleague ties inside each school, and ties between the network members of every pair of tied schools: each
    /// school's contacts as a silo builds them for the schools it hosts (<see cref="SchoolTieContacts"/>), so the whole
    /// graph and its slices come from one rule.
    /// </summary>
    private static int[][] SchoolTies(NetworkDesign design, int[] schoolStart, bool[] inNetwork, int[][] schoolNeighbours)
    {
        var lists = new int[inNetwork.Length][];
        for (var s = 0; s < schoolNeighbours.Length; s++)
        {
            var slice = SchoolTieContacts.Build(design, schoolStart, inNetwork, schoolNeighbours, s);
            for (var i = schoolStart[s]; i < schoolStart[s + 1]; i++)
            {
                lists[i] = slice.Of(i).ToArray();
            }
        }

        return lists;
    }
}
