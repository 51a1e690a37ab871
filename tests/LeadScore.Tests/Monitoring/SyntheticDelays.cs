using LeadScore.Metrics;
using LeadScore.Monitoring;

namespace LeadScore.Tests.Monitoring;

/// <summary>
/// A contact-to-call delay distribution shaped on spec §1.7's measurements (median 1 day, 90th percentile 43 days,
/// 95th 122): 30% on the day of contact, 22% the next day, 38% spread over days 2–43 (exponential, mean 10 days,
/// truncated), and 10% after day 43 (44 + exponential with median 78 days). The realistic maturity curve of the tests
/// and of the README's false-alarm table is learned from a history drawn from it.
/// </summary>
internal static class SyntheticDelays
{
    /// <summary>A delay in days from the whole distribution (late calls included).</summary>
    public static int Draw(RandomStream random)
    {
        var u = random.NextDouble();
        if (u < 0.30) return 0;
        if (u < 0.52) return 1;
        if (u < 0.90) return 2 + Math.Min(41, (int)random.TruncatedExponential(10, 42));
        return 44 + (int)random.Exponential(78 / Math.Log(2));
    }

    /// <summary>A delay of a conversion within the 43-day horizon (the distribution conditioned on it).</summary>
    public static int DrawWithinHorizon(RandomStream random)
    {
        while (true)
        {
            var delay = Draw(random);
            if (delay <= 43) return delay;
        }
    }

    /// <summary>The within-horizon curve the distribution implies (exact, for comparison with what is learned).</summary>
    public static double TrueShare(int day)
    {
        if (day >= 43) return 1;
        double within = 0.30 + 0.22;
        // P(2 + floor(X) <= day) for X ~ Exp(10) truncated to [0, 42): P(X < day - 1).
        if (day >= 2) within += 0.38 * (1 - Math.Exp(-(day - 1) / 10.0)) / (1 - Math.Exp(-42 / 10.0));
        return (day == 0 ? 0.30 : within) / 0.90;
    }

    /// <summary>
    /// Contacted leads from 2024-02-01 to 2025-10-31 (spec §1.7's window), each converting at <paramref name="rate"/>
    /// (eventually, late calls included) after a delay drawn by <paramref name="delay"/>.
    /// </summary>
    public static List<(DateOnly Contacted, DateOnly? Converted)> History(int leads, double rate, ulong seed, Func<RandomStream, int>? delay = null)
    {
        delay ??= Draw;
        var random = new RandomStream(seed, 0);
        var first = new DateOnly(2024, 2, 1);
        var span = new DateOnly(2025, 10, 31).DayNumber - first.DayNumber + 1;
        var history = new List<(DateOnly, DateOnly?)>(leads);
        for (var i = 0; i < leads; i++)
        {
            var contacted = first.AddDays(random.NextInt(span));
            history.Add((contacted, random.Chance(rate) ? contacted.AddDays(delay(random)) : null));
        }
        return history;
    }

    /// <summary>The realistic curve: learned from 60,000 historical leads converting at 5%.</summary>
    public static MaturityCurve Realistic { get; } = MaturityCurve.Learn(History(60_000, 0.05, seed: 1));
}
