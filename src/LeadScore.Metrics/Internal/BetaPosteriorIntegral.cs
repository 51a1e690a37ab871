using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace LeadScore.Metrics.Internal;

/// <summary>
/// P(X &gt; Y) for independent X ~ Beta(a1, b1) and Y ~ Beta(a2, b2), as ∫ f_X(x) F_Y(x) dx. The posteriors of
/// thousands of leads are narrow spikes, so [0, 1] is cut into panels of one standard deviation of X around its
/// mean (out to 40 deviations) plus the two outer pieces, and each panel is integrated by tanh-sinh quadrature,
/// which also copes with the integrable endpoint singularities of a prior below 1.
/// </summary>
internal static class BetaPosteriorIntegral
{
    private const int Deviations = 40;
    private const double PanelTolerance = 1e-15;

    public static double ProbabilityGreater(double a1, double b1, double a2, double b2)
    {
        var logNorm = SpecialFunctions.BetaLn(a1, b1);
        double Integrand(double x)
        {
            if (x <= 0.0 || x >= 1.0)
            {
                return 0.0;
            }

            var density = Math.Exp((a1 - 1.0) * Math.Log(x) + (b1 - 1.0) * Math.Log(1.0 - x) - logNorm);
            return density * SpecialFunctions.BetaRegularized(a2, b2, x);
        }

        var mean = a1 / (a1 + b1);
        var sd = Math.Sqrt(a1 * b1 / ((a1 + b1) * (a1 + b1) * (a1 + b1 + 1.0)));
        var cuts = new List<double> { 0.0 };
        for (var k = -Deviations; k <= Deviations; k++)
        {
            var cut = mean + k * sd;
            if (cut > cuts[^1] && cut < 1.0)
            {
                cuts.Add(cut);
            }
        }

        cuts.Add(1.0);
        var total = 0.0;
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            total += DoubleExponentialTransformation.Integrate(Integrand, cuts[i], cuts[i + 1], PanelTolerance);
        }

        return Math.Clamp(total, 0.0, 1.0);
    }
}
