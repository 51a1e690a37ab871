using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// One look of a mixture sequential probability ratio test (mSPRT) of two conversion rates, B against A, as in Johari,
/// Koomen, Pekelis and Walsh, "Always valid inference: continuous monitoring of A/B tests" (Operations Research 2022):
/// with θ̂ = rate_B − rate_A, its variance under "no difference" V = p(1 − p)(1/n_A + 1/n_B) (p the pooled rate) and a
/// normal mixing distribution N(0, τ²) over the true difference, the likelihood ratio against "no difference" is
/// <c>Λ = √(V / (V + τ²)) · exp(τ²θ̂² / (2V(V + τ²)))</c>. Under no difference Λ is (asymptotically) a martingale of mean 1,
/// so by Ville's inequality P(Λ ever reaches 1/α) ≤ α however often one looks: stopping at the first look with
/// Λ ≥ 1/α keeps the error at α, where a fixed-sample test repeated daily does not.
/// </summary>
/// <param name="RateA">Champion: successesA / trialsA (0 without trials).</param>
/// <param name="RateB">Challenger: successesB / trialsB (0 without trials).</param>
/// <param name="Difference">RateB − RateA.</param>
/// <param name="Variance">V, the variance of the difference under "no difference" (0 when it cannot be estimated yet).</param>
/// <param name="MixtureSd">τ, the spread of differences the test is tuned to find (on the rate scale, e.g. 0.05).</param>
/// <param name="LikelihoodRatio">Λ at this look (1 = no evidence either way).</param>
/// <param name="Meaning">One sentence on what this look says.</param>
public sealed record SequentialComparison(
    double RateA, double RateB, double Difference, double Variance, double MixtureSd, double LikelihoodRatio, string Meaning)
{
    /// <summary>The p-value of this look alone, min(1, 1/Λ); the always-valid p-value is its running minimum over the looks.</summary>
    public double PValue => Math.Min(1.0, 1.0 / LikelihoodRatio);

    /// <summary>Whether this look reaches the boundary 1/α (the test stops and rejects "no difference").</summary>
    public bool Rejects(double alpha) => LikelihoodRatio >= 1.0 / alpha;

    /// <summary>The mSPRT at one look, on the counts known so far; arms without trials or conversions give Λ = 1.</summary>
    /// <exception cref="MetricsException">Successes outside 0..trials, negative trials, or a mixture spread that is not positive and finite.</exception>
    public static SequentialComparison Mixture(int successesA, int trialsA, int successesB, int trialsB, double mixtureSd)
    {
        Counts(successesA, trialsA);
        Counts(successesB, trialsB);
        if (!(double.IsFinite(mixtureSd) && mixtureSd > 0)) throw MetricsException.NonFiniteValue("mixture spread τ (positive)", mixtureSd);
        double rateA = trialsA == 0 ? 0 : (double)successesA / trialsA, rateB = trialsB == 0 ? 0 : (double)successesB / trialsB;
        var difference = rateB - rateA;
        var variance = 0.0;
        var ratio = 1.0;
        if (trialsA > 0 && trialsB > 0)
        {
            var pooled = (double)(successesA + successesB) / (trialsA + trialsB);
            variance = pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB);
            if (variance > 0)
            {
                var tau2 = mixtureSd * mixtureSd;
                ratio = Math.Sqrt(variance / (variance + tau2)) *
                        Math.Exp(tau2 * difference * difference / (2 * variance * (variance + tau2)));
            }
        }
        return new SequentialComparison(rateA, rateB, difference, variance, mixtureSd, ratio, Describe(difference, ratio));
    }

    private static void Counts(int successes, int trials)
    {
        if (trials < 0 || successes < 0 || successes > trials) throw MetricsException.InvalidCounts(successes, trials);
    }

    private static string Describe(double difference, double ratio) =>
        $"The challenger's rate is {Percent.Points(Math.Abs(difference))} percentage points {(difference >= 0 ? "higher" : "lower")}; " +
        $"the data are {Percent.Number(ratio)} times as likely under a difference as under none " +
        $"(a test at level α stops when this reaches 1/α, e.g. 20 for 5%).";
}
