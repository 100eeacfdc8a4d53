using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// Equally weighted draws from a weighted population, e.g. posterior worlds for <c>compare --worlds-file</c>:
/// systematic resampling (Kitagawa 1996), one seeded offset u and the points (u + i) / count on the cumulative
/// weights, so each particle appears within one of count × its weight times.
/// </summary>
public static class PosteriorSample
{
    public static IReadOnlyList<IReadOnlyList<double>> Draw(IReadOnlyList<Particle> population, int count, ulong seed)
    {
        if (population.Count == 0 || count < 1)
        {
            throw new ArgumentException($"Posterior draws need a complete population and a positive count; {population.Count} particles and {count} draws were given.", nameof(count));
        }

        var total = population.Sum(p => p.Weight);
        var offset = SeededRandom.Uniform(seed, RandomStream.ParticlePick, -1, count);
        var draws = new IReadOnlyList<double>[count];
        var (particle, cumulative) = (0, population[0].Weight / total);
        for (var i = 0; i < count; i++)
        {
            var point = (offset + i) / count;
            while (point > cumulative && particle < population.Count - 1)
            {
                particle++;
                cumulative += population[particle].Weight / total;
            }

            draws[i] = population[particle].Parameters;
        }

        return draws;
    }
}
