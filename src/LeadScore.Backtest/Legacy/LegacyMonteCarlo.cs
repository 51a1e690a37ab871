using MathNet.Numerics.Distributions;

namespace LeadScore.Backtest.Legacy;

/// <summary>
/// The two Monte Carlo procedures of the original backtest script (domain spec §6.3), replayed on numpy's legacy
/// generator so that their published figures come out exactly. They are kept to explain those figures, not as
/// methods to reuse: the "confidence" is not a hypothesis test (§6.5).
/// </summary>
public static class LegacyMonteCarlo
{
    /// <summary>The constant baseline conversion rate the original compared every scenario with (2.74%).</summary>
    public const double BaselineRate = 0.0274;

    /// <summary>
    /// The original "statistical confidence" that rate D beats rate C. The call sequence that gives the published
    /// 0.6615 for c = 86/1888 and d = 118/2442 (found by replaying candidates on numpy 1.24.2):
    /// <code>
    /// np.random.seed(42)
    /// for _ in range(10000):
    ///     np.random.choice(3393, 3393, replace=True)   # bootstrap indices, thrown away
    ///     c_star = max(0, np.random.normal(c, 0.1 * c))
    ///     d_star = max(0, np.random.normal(d, 0.1 * d))  # then count d_star > c_star
    /// </code>
    /// <c>choice(n, n, replace=True)</c> is <c>randint(0, n, n)</c> underneath, so either spelling gives 0.6615.
    /// Skipping the index draws gives 0.6604, drawing d before c 0.6611, and vectorised draws 0.6655. Clipping
    /// before or after the comparison changes nothing (both rates sit 10 sd above 0). The "95% CI" of each rate is
    /// <c>np.percentile(draws, [2.5, 97.5])</c> of its clipped draws: 3.66–5.44% for C and 3.86–5.76% for D.
    /// </summary>
    public static LegacyConfidence Confidence(double rateC, double rateD, int leads = 3393, int iterations = 10000, uint seed = 42)
    {
        RequireRate(rateC, nameof(rateC));
        RequireRate(rateD, nameof(rateD));
        RequirePositive(leads, nameof(leads));
        RequirePositive(iterations, nameof(iterations));

        var random = new NumpyRandomState(seed);
        var drawsC = new double[iterations];
        var drawsD = new double[iterations];
        int wins = 0;
        for (int i = 0; i < iterations; i++)
        {
            random.Randint(0, leads, leads);
            drawsC[i] = Math.Max(0.0, random.Normal(rateC, 0.1 * rateC));
            drawsD[i] = Math.Max(0.0, random.Normal(rateD, 0.1 * rateD));
            if (drawsD[i] > drawsC[i]) wins++;
        }

        var spread = Math.Sqrt(Math.Pow(0.1 * rateC, 2) + Math.Pow(0.1 * rateD, 2));
        var closedForm = spread > 0 ? Normal.CDF(0, 1, (rateD - rateC) / spread) : rateD > rateC ? 1.0 : 0.0;
        Array.Sort(drawsC);
        Array.Sort(drawsD);
        return new LegacyConfidence((double)wins / iterations,
            Percentile(drawsC, 2.5), Percentile(drawsC, 97.5), Percentile(drawsD, 2.5), Percentile(drawsD, 97.5), closedForm);
    }

    /// <summary>
    /// The original Monte Carlo MQLs for one rate: <c>np.random.seed(42)</c>, then
    /// <c>np.random.binomial(2800, rate, 10000)</c>; the mean, <c>np.percentile(draws, [2.5, 97.5])</c> and the
    /// share of draws above 2,800·<see cref="BaselineRate"/>.
    /// </summary>
    public static LegacyMqlDraws Mqls(double rate, int listSize = 2800, int draws = 10000, uint seed = 42)
    {
        RequireRate(rate, nameof(rate));
        RequirePositive(listSize, nameof(listSize));
        RequirePositive(draws, nameof(draws));

        var random = new NumpyRandomState(seed);
        var values = new double[draws];
        long sum = 0;
        int aboveBaseline = 0;
        for (int i = 0; i < draws; i++)
        {
            var mqls = random.Binomial(listSize, rate);
            values[i] = mqls;
            sum += mqls;
            if (mqls > listSize * BaselineRate) aboveBaseline++;
        }
        Array.Sort(values);
        // numpy's mean of integers: the exact sum (below 2^53) divided once by the count.
        return new LegacyMqlDraws((double)sum / draws, Percentile(values, 2.5), Percentile(values, 97.5),
            (double)aboveBaseline / draws);
    }

    /// <summary>
    /// numpy's <c>percentile(values, q)</c> with the default linear method on sorted values, including its
    /// interpolation from the upper neighbour when the fraction is ½ or more (numpy's <c>_lerp</c>).
    /// </summary>
    private static double Percentile(double[] sorted, double q)
    {
        var index = (sorted.Length - 1) * (q / 100);
        if (index >= sorted.Length - 1) return sorted[^1];
        if (index < 0) return sorted[0];
        var below = Math.Floor(index);
        var gamma = index - below;
        double lower = sorted[(int)below], upper = sorted[(int)below + 1];
        var difference = upper - lower;
        return gamma >= 0.5 ? upper - difference * (1 - gamma) : lower + difference * gamma;
    }

    private static void RequireRate(double rate, string name)
    {
        if (!(rate >= 0 && rate <= 1))
            throw new BacktestException($"{name} is {rate}, but a conversion rate must be in [0, 1]; pass conversions/leads.");
    }

    private static void RequirePositive(int count, string name)
    {
        if (count <= 0) throw new BacktestException($"{name} is {count}, but it must be at least 1.");
    }
}
