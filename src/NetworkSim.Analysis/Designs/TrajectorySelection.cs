namespace NetworkSim.Analysis.Designs;

/// <summary>
/// Campolongo, Cariboni &amp; Saltelli's (2007) improvement of Morris' design: of M candidate trajectories keep the r
/// that maximise their spread D = sqrt(Σ_{m&lt;l} d_ml²), where d_ml is the sum of distances between the points of
/// trajectories m and l.
/// </summary>
/// <remarks>
/// When C(M, r) is at most <see cref="ExhaustiveLimit"/> every combination is scored, as Campolongo et al. do. Beyond
/// that the search is greedy (Ruano et al. 2012 do the same in spirit): start from the farthest pair, add the
/// candidate that raises D most until r are chosen, then swap any chosen trajectory for an unchosen one while a swap
/// raises D. Ties go to the lower candidate index, so the selection is a pure function of the candidates.
/// </remarks>
internal static class TrajectorySelection
{
    public const long ExhaustiveLimit = 200_000;

    public static int[] Select(IReadOnlyList<MorrisTrajectory> candidates, int count)
    {
        var m = candidates.Count;
        if (count >= m)
        {
            return Enumerable.Range(0, m).ToArray();
        }

        // M²/2 distances of (k + 1)² point pairs each: the costly part (M² k³); every entry is independent, so rows run in parallel.
        var squared = new double[m, m];
        Parallel.For(0, m, i =>
        {
            for (var j = i + 1; j < m; j++)
            {
                var d = candidates[i].DistanceTo(candidates[j]);
                squared[i, j] = squared[j, i] = d * d;
            }
        });

        return Combinations(m, count) <= ExhaustiveLimit ? Exhaustive(squared, m, count) : Greedy(squared, m, count);
    }

    /// <summary>Σ_{m&lt;l} d_ml² of a set of trajectories: D² of Campolongo et al.</summary>
    public static double Spread(double[,] squared, IReadOnlyList<int> chosen)
    {
        double total = 0;
        for (var a = 0; a < chosen.Count; a++)
        {
            for (var b = a + 1; b < chosen.Count; b++)
            {
                total += squared[chosen[a], chosen[b]];
            }
        }

        return total;
    }

    private static double Combinations(int n, int k)
    {
        double c = 1;
        for (var i = 0; i < k; i++)
        {
            c = c * (n - i) / (i + 1);
        }

        return c;
    }

    private static int[] Exhaustive(double[,] squared, int m, int count)
    {
        var current = new int[count];
        var best = new int[count];
        var bestSpread = double.NegativeInfinity;
        void Visit(int position, int start, double spread)
        {
            if (position == count)
            {
                if (spread > bestSpread)
                {
                    bestSpread = spread;
                    Array.Copy(current, best, count);
                }

                return;
            }

            for (var c = start; c <= m - (count - position); c++)
            {
                var added = 0.0;
                for (var p = 0; p < position; p++)
                {
                    added += squared[current[p], c];
                }

                current[position] = c;
                Visit(position + 1, c + 1, spread + added);
            }
        }

        Visit(0, 0, 0);
        return best;
    }

    private static int[] Greedy(double[,] squared, int m, int count)
    {
        var (first, second, farthest) = (0, 1, double.NegativeInfinity);
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                if (squared[i, j] > farthest)
                {
                    (first, second, farthest) = (i, j, squared[i, j]);
                }
            }
        }

        // toChosen[c] = Σ over chosen s of d²(s, c): the spread a candidate would add, kept up to date in O(M) per change.
        var chosen = new List<int>();
        var inSet = new bool[m];
        var toChosen = new double[m];
        void Add(int c, int sign)
        {
            for (var x = 0; x < m; x++)
            {
                toChosen[x] += sign * squared[c, x];
            }
        }

        foreach (var c in new[] { first, second })
        {
            chosen.Add(c);
            inSet[c] = true;
            Add(c, +1);
        }

        while (chosen.Count < count)
        {
            var (bestCandidate, bestGain) = (-1, double.NegativeInfinity);
            for (var c = 0; c < m; c++)
            {
                if (!inSet[c] && toChosen[c] > bestGain)
                {
                    (bestCandidate, bestGain) = (c, toChosen[c]);
                }
            }

            chosen.Add(bestCandidate);
            inSet[bestCandidate] = true;
            Add(bestCandidate, +1);
        }

        // Swap pass: replace a chosen trajectory by an unchosen one whenever that raises the spread.
        for (var improved = true; improved;)
        {
            improved = false;
            for (var a = 0; a < chosen.Count; a++)
            {
                var old = chosen[a];
                for (var c = 0; c < m; c++)
                {
                    // Spread change of swapping old for c: what c adds to the others minus what old added.
                    if (!inSet[c] && toChosen[c] - squared[old, c] > toChosen[old] * (1 + 1e-12))
                    {
                        inSet[old] = false;
                        inSet[c] = true;
                        Add(old, -1);
                        Add(c, +1);
                        chosen[a] = c;
                        improved = true;
                        break;
                    }
                }
            }
        }

        return chosen.Order().ToArray();
    }
}
