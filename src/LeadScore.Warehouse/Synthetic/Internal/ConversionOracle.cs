namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The ground truth: P(call scheduled) = sigmoid(intercept + Σ effects + noise), a known function of the advisor's
/// true point-in-time state. Short tenure, recent moves, a bleeding firm, an email on file, IA registration and an
/// independent RIA raise it; wirehouses, long experience and a missing registration history lower it; the sales
/// team gets better over the campaign. The noise term is unobservable, which caps any model's AUC below the oracle's.
/// </summary>
internal static class ConversionOracle
{
    /// <summary>The mean probability the intercept is solved for, over the labelled population.</summary>
    public const double TargetRate = 0.026;

    public const double NoiseSigma = 0.6;

    /// <summary>The logit without the intercept.</summary>
    public static double Effects(in LatentState s)
    {
        double tenure = s.TenureMonths switch
        {
            < 0 => -0.2,
            < 12 => 0.8,
            < 24 => 0.9,
            < 48 => 0.7,
            < 120 => 0.35,
            _ => 0.0,
        };
        double firm = s.FirmNetChangeShare switch
        {
            < -0.08 => 0.35,
            < 0 => 0.15,
            _ => 0.0,
        };
        double rep = s.RepType switch { AdvisorBook.Ia => 0.3, AdvisorBook.Dr => -0.2, _ => 0.0 };
        return tenure + firm + rep
            + 0.55 * (s.HasEmailAtContact ? 1 : 0)
            + 0.35 * Math.Min(s.Moves3Years, 3)
            + 0.25 * (s.IndependentRia ? 1 : 0)
            - 0.2 * (s.Wirehouse ? 1 : 0)
            - 0.015 * (Math.Clamp(s.ExperienceYears, 0, 45) - 15)
            - 0.35 * (s.HasHistory ? 0 : 1)
            + 0.55 * s.YearsIntoCampaign
            + s.SourceOffset
            + s.Noise;
    }

    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>The intercept that makes the mean probability over the given logits equal the target (bisection).</summary>
    public static double Intercept(IReadOnlyList<double> effects, double target)
    {
        double low = -15, high = 5;
        for (int iteration = 0; iteration < 80; iteration++)
        {
            double mid = 0.5 * (low + high), sum = 0;
            foreach (var e in effects) sum += Sigmoid(mid + e);
            if (sum / effects.Count < target) low = mid;
            else high = mid;
        }
        return 0.5 * (low + high);
    }
}
