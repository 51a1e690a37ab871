using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// The challenger's conversion rate minus the champion's (B − A), with Newcombe's hybrid Wilson score interval
/// (Newcombe 1998, method 10): each rate gets its Wilson interval and the difference's bounds combine the two
/// distances from each rate to its own bounds. Unlike the Wald interval it stays inside [−1, 1] and behaves at
/// zero conversions. Matches statsmodels' <c>confint_proportions_2indep(b, n_b, a, n_a, method='newcomb')</c>.
/// </summary>
/// <param name="RateA">Champion: successesA / trialsA.</param>
/// <param name="RateB">Challenger: successesB / trialsB.</param>
/// <param name="Difference">RateB − RateA.</param>
/// <param name="Lower">Lower bound of the difference.</param>
/// <param name="Upper">Upper bound of the difference.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Meaning">One sentence on what the interval means for a deployment decision.</param>
public sealed record RateDifference(
    double RateA, double RateB, double Difference, double Lower, double Upper, double Level, string Meaning)
{
    /// <summary>The difference B − A of two independent conversion rates with its Newcombe interval.</summary>
    /// <exception cref="MetricsException">A group without trials, successes outside 0..trials, or a level outside (0, 1).</exception>
    public static RateDifference Newcombe(int successesA, int trialsA, int successesB, int trialsB, double level = 0.95)
    {
        ScoreValidation.Counts(successesA, trialsA);
        ScoreValidation.Counts(successesB, trialsB);
        ScoreValidation.Level(level);
        var z = Normal.TwoSidedCritical(level);
        double rateA = (double)successesA / trialsA, rateB = (double)successesB / trialsB;
        var (lowA, highA) = Wilson.Bounds(successesA, trialsA, z);
        var (lowB, highB) = Wilson.Bounds(successesB, trialsB, z);
        var difference = rateB - rateA;
        var lower = difference - Math.Sqrt(Square(rateB - lowB) + Square(highA - rateA));
        var upper = difference + Math.Sqrt(Square(highB - rateB) + Square(rateA - lowA));
        return new RateDifference(rateA, rateB, difference, lower, upper, level, Describe(difference, lower, upper, level));
    }

    private static double Square(double x) => x * x;

    private static string Describe(double difference, double lower, double upper, double level)
    {
        var direction = difference >= 0 ? "higher" : "lower";
        var verdict = lower > 0 ? "the challenger converts better."
            : upper < 0 ? "the challenger converts worse."
            : "the data are consistent with no difference.";
        return $"The challenger's rate is {Percent.Points(Math.Abs(difference))} percentage points {direction} " +
               $"({Percent.Level(level)} interval {Percent.Points(lower)} to {Percent.Points(upper)}): {verdict}";
    }
}
