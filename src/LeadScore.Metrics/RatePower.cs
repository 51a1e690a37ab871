using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Power analysis for comparing two conversion rates with equal arms and a two-sided test, on Cohen's arcsine
/// effect size h = 2·asin(√rateB) − 2·asin(√rateA), as statsmodels' <c>NormalIndPower</c> with
/// <c>proportion_effectsize(rateB, rateA)</c> and ratio 1: power = Φ(|h|·√(n/2) − z) + Φ(−z − |h|·√(n/2)),
/// z the two-sided critical value at alpha and n the leads in each arm.
/// </summary>
public static class RatePower
{
    /// <summary>Cohen's h between the two rates (statsmodels' <c>proportion_effectsize(rateB, rateA)</c>).</summary>
    public static double EffectSize(double rateA, double rateB)
    {
        Rate(rateA, "champion's rate");
        Rate(rateB, "challenger's rate");
        return 2.0 * Math.Asin(Math.Sqrt(rateB)) - 2.0 * Math.Asin(Math.Sqrt(rateA));
    }

    /// <summary>Leads needed in each arm to detect rateB against rateA with the given power.</summary>
    /// <exception cref="MetricsException">A rate outside (0, 1), equal rates, alpha outside (0, 1) or power outside (alpha, 1).</exception>
    public static SampleSizePlan LeadsPerArm(double rateA, double rateB, double alpha = 0.05, double power = 0.8)
    {
        var h = Math.Abs(EffectSize(rateA, rateB));
        Alpha(alpha);
        if (!(power > alpha && power < 1.0))
        {
            throw MetricsException.PowerSettingOutOfRange("power", power, "(alpha, 1)");
        }

        if (h == 0.0)
        {
            throw MetricsException.EqualRates(rateA);
        }

        var exact = SolveLeads(h, -Normal.Quantile(alpha / 2.0), power);
        return SampleSizePlan.Create(rateA, rateB, EffectSize(rateA, rateB), alpha, power, exact);
    }

    /// <summary>The chance that a two-sided test at alpha detects rateB against rateA with the given leads per arm.</summary>
    /// <exception cref="MetricsException">A rate outside (0, 1), alpha outside (0, 1), or fewer than 1 lead per arm.</exception>
    public static PowerEstimate Power(double rateA, double rateB, int leadsPerArm, double alpha = 0.05)
    {
        var h = EffectSize(rateA, rateB);
        Alpha(alpha);
        if (leadsPerArm < 1)
        {
            throw MetricsException.InvalidLeadCount("leads per arm", leadsPerArm);
        }

        var power = PowerAt(Math.Abs(h), -Normal.Quantile(alpha / 2.0), leadsPerArm);
        return PowerEstimate.Create(rateA, rateB, h, alpha, leadsPerArm, power);
    }

    /// <summary>Power at a real-valued n per arm; s = |h|·√(n/2) is the test statistic's expected shift.</summary>
    internal static double PowerAt(double h, double critical, double leadsPerArm)
    {
        var shift = h * Math.Sqrt(leadsPerArm / 2.0);
        return Normal.UpperTail(critical - shift) + Normal.Cdf(-critical - shift);
    }

    /// <summary>
    /// Solves power(n) = target by Newton's method from the one-tailed closed form; power rises monotonically in n,
    /// so the iteration converges to the last bit in a few steps.
    /// </summary>
    private static double SolveLeads(double h, double critical, double target)
    {
        var guess = -Normal.Quantile(1.0 - target) + critical;
        var n = 2.0 * guess * guess / (h * h);
        for (var step = 0; step < 100; step++)
        {
            var shift = h * Math.Sqrt(n / 2.0);
            var slope = (Density(shift - critical) - Density(shift + critical)) * h / (4.0 * Math.Sqrt(n / 2.0));
            var next = n - (PowerAt(h, critical, n) - target) / slope;
            if (!(next > 0))
            {
                next = n / 2.0;
            }

            if (Math.Abs(next - n) <= 1e-15 * n)
            {
                return next;
            }

            n = next;
        }

        return n;
    }

    private static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2.0 * Math.PI);

    private static void Rate(double rate, string name)
    {
        if (!(rate > 0.0 && rate < 1.0))
        {
            throw MetricsException.RateOutOfRange(name, rate);
        }
    }

    private static void Alpha(double alpha)
    {
        if (!(alpha > 0.0 && alpha < 1.0))
        {
            throw MetricsException.PowerSettingOutOfRange("significance level alpha", alpha, "(0, 1)");
        }
    }
}
