using LeadScore.Metrics.Internal;
using MathNet.Numerics;

namespace LeadScore.Metrics;

/// <summary>
/// How many conversions a list of <see cref="ListSize"/> leads should bring, from a rate measured on
/// <c>trials</c> leads: the point estimate is N × the measured rate, and the interval is the posterior predictive
/// (beta-binomial) one — a Beta(prior + successes, prior + failures) belief about the rate, then a binomial month on
/// top — so it carries both the uncertainty of the rate and the month's own luck. The original's "135 (95% CI
/// 114–158)" drew Binomial(2,800, rate) as if the rate were known exactly, so its interval was too narrow. The bounds
/// are the predictive distribution's quantiles as scipy's <c>betabinom(N, a, b).ppf</c> gives them.
/// </summary>
/// <param name="ListSize">Leads on the list (N).</param>
/// <param name="Rate">The measured rate, successes / trials.</param>
/// <param name="Expected">N × Rate.</param>
/// <param name="Lower">The predictive distribution's (1 − level)/2 quantile.</param>
/// <param name="Upper">Its 1 − (1 − level)/2 quantile.</param>
/// <param name="Level">Coverage of the interval.</param>
/// <param name="PriorAlpha">Prior α of the rate (0.5, Jeffreys, unless stated).</param>
/// <param name="PriorBeta">Prior β of the rate.</param>
/// <param name="Meaning">One sentence on what the forecast means.</param>
public sealed record ConversionForecast(
    int ListSize, double Rate, double Expected, int Lower, int Upper, double Level, double PriorAlpha, double PriorBeta, string Meaning)
{
    /// <summary>The forecast for a list of <paramref name="listSize"/> from <paramref name="successes"/> of <paramref name="trials"/>.</summary>
    /// <exception cref="MetricsException">Bad counts, a list of fewer than 1 lead, a level outside (0, 1), or a prior that is not positive.</exception>
    public static ConversionForecast For(int successes, int trials, int listSize, double level = 0.95, double priorAlpha = 0.5, double priorBeta = 0.5)
    {
        ScoreValidation.Counts(successes, trials);
        ScoreValidation.Level(level);
        if (listSize < 1) throw MetricsException.InvalidLeadCount("list size", listSize);
        if (!(double.IsFinite(priorAlpha) && priorAlpha > 0)) throw MetricsException.InvalidPrior("alpha", priorAlpha);
        if (!(double.IsFinite(priorBeta) && priorBeta > 0)) throw MetricsException.InvalidPrior("beta", priorBeta);
        double a = priorAlpha + successes, b = priorBeta + trials - successes;
        var (lower, upper) = PredictiveQuantiles(listSize, a, b, (1 - level) / 2);
        double rate = (double)successes / trials;
        double expected = listSize * rate;
        var meaning = $"A list of {Percent.Count(listSize)} leads converting like these {Percent.Count(trials)} would bring about " +
                      $"{Percent.Number(expected, 1)} conversions; counting both the uncertainty of the rate and a month's luck, " +
                      $"{Percent.Level(level)} of such months would bring {Percent.Count(lower)} to {Percent.Count(upper)}.";
        return new ConversionForecast(listSize, rate, expected, lower, upper, level, priorAlpha, priorBeta, meaning);
    }

    // The beta-binomial pmf by its ratio recurrence from P(0) = B(a, n + b) / B(a, b), summed until each tail is passed.
    private static (int Lower, int Upper) PredictiveQuantiles(int n, double a, double b, double tail)
    {
        double p = Math.Exp(SpecialFunctions.BetaLn(a, n + b) - SpecialFunctions.BetaLn(a, b));
        double cdf = 0;
        int lower = -1, upper = n;
        for (int k = 0; k <= n; k++)
        {
            cdf += p;
            if (lower < 0 && cdf >= tail * (1 - 1e-12)) lower = k;
            if (cdf >= (1 - tail) * (1 - 1e-12)) { upper = k; break; }
            p *= (double)(n - k) / (k + 1) * (k + a) / (n - k - 1 + b);
        }
        return (Math.Max(lower, 0), upper);
    }
}
