using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>The power of a two-rate test at a given size (see <see cref="RatePower.Power"/>).</summary>
/// <param name="RateA">The champion's rate.</param>
/// <param name="RateB">The challenger's rate.</param>
/// <param name="EffectSize">Cohen's h.</param>
/// <param name="Alpha">Two-sided significance level.</param>
/// <param name="LeadsPerArm">Leads in each arm.</param>
/// <param name="Power">The chance the test finds the difference, if it is real.</param>
/// <param name="Meaning">One sentence on what the power means for a deployment decision.</param>
public sealed record PowerEstimate(
    double RateA, double RateB, double EffectSize, double Alpha, int LeadsPerArm, double Power, string Meaning)
{
    internal static PowerEstimate Create(double rateA, double rateB, double h, double alpha, int leads, double power)
    {
        var meaning =
            $"With {Percent.Count(leads)} leads per arm, a two-sided test at alpha {Percent.Number(alpha, 4)} has a " +
            $"{Percent.Share(power)} chance of detecting {Percent.Points(rateB)}% against {Percent.Points(rateA)}% " +
            "if that difference is real.";
        return new PowerEstimate(rateA, rateB, h, alpha, leads, power, meaning);
    }
}
