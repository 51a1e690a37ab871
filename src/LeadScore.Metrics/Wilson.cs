using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>The Wilson score interval for a binomial proportion, as statsmodels' <c>proportion_confint(method='wilson')</c>.</summary>
public static class Wilson
{
    /// <summary>
    /// <c>(p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)</c> with p = successes / trials and z the
    /// two-sided critical value at <paramref name="level"/>. Well-behaved at 0/n and n/n (the bounds are then
    /// exactly 0 and 1; rounding below 0 or above 1 is clipped).
    /// </summary>
    /// <exception cref="MetricsException">No trials, successes outside 0..trials, or a level outside (0, 1).</exception>
    public static ProportionInterval Interval(int successes, int trials, double level = 0.95)
    {
        ScoreValidation.Counts(successes, trials);
        ScoreValidation.Level(level);
        var (lower, upper) = Bounds(successes, trials, Normal.TwoSidedCritical(level));
        return new ProportionInterval(successes, trials, (double)successes / trials, lower, upper, level);
    }

    /// <summary>The bounds for a critical value z; the counts must already be valid.</summary>
    internal static (double Lower, double Upper) Bounds(int successes, int trials, double z)
    {
        double n = trials, p = successes / n, z2 = z * z;
        var denominator = 1.0 + z2 / n;
        var center = (p + z2 / (2.0 * n)) / denominator;
        var halfWidth = z * Math.Sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
        var lower = successes == 0 ? 0.0 : Math.Max(0.0, center - halfWidth);
        var upper = successes == trials ? 1.0 : Math.Min(1.0, center + halfWidth);
        return (lower, upper);
    }
}
