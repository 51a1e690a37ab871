using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>The leads each arm needs to detect a difference in conversion rate (see <see cref="RatePower.LeadsPerArm"/>).</summary>
/// <param name="RateA">The champion's rate.</param>
/// <param name="RateB">The challenger's rate to detect.</param>
/// <param name="EffectSize">Cohen's h, 2·asin(√RateB) − 2·asin(√RateA).</param>
/// <param name="Alpha">Two-sided significance level.</param>
/// <param name="Power">Target power.</param>
/// <param name="ExactLeadsPerArm">The real-valued solution, as statsmodels' <c>solve_power</c> returns it.</param>
/// <param name="LeadsPerArm">ExactLeadsPerArm rounded up to a whole lead.</param>
/// <param name="Meaning">One sentence on what the plan means for a deployment decision.</param>
public sealed record SampleSizePlan(
    double RateA, double RateB, double EffectSize, double Alpha, double Power,
    double ExactLeadsPerArm, int LeadsPerArm, string Meaning)
{
    internal static SampleSizePlan Create(double rateA, double rateB, double h, double alpha, double power, double exact)
    {
        var leads = (int)Math.Ceiling(exact);
        var meaning =
            $"To detect {Percent.Points(rateB)}% against {Percent.Points(rateA)}% with {Percent.Level(power)} power " +
            $"(two-sided, alpha {Percent.Number(alpha, 4)}), each arm needs {Percent.Count(leads)} contacted leads, " +
            $"{Percent.Count(2L * leads)} in all.";
        return new SampleSizePlan(rateA, rateB, h, alpha, power, exact, leads, meaning);
    }

    /// <summary>How long the test runs when <paramref name="contactedLeadsPerMonth"/> leads, split equally between the arms, are contacted each month.</summary>
    /// <exception cref="MetricsException">Fewer than 1 lead per month.</exception>
    public TestDuration MonthsAt(int contactedLeadsPerMonth)
    {
        if (contactedLeadsPerMonth < 1)
        {
            throw MetricsException.InvalidLeadCount("contacted leads per month", contactedLeadsPerMonth);
        }

        var months = 2.0 * LeadsPerArm / contactedLeadsPerMonth;
        var whole = (int)Math.Ceiling(months);
        var meaning =
            $"At {Percent.Count(contactedLeadsPerMonth)} contacted leads a month split evenly, the test needs " +
            $"{Percent.Number(months, 1)} months ({whole} whole months) to reach {Percent.Count(2L * LeadsPerArm)} leads.";
        return new TestDuration(contactedLeadsPerMonth, months, whole, meaning);
    }
}
