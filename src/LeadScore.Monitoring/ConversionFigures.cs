using LeadScore.Metrics;
using LeadScore.Monitoring.Internal;

namespace LeadScore.Monitoring;

/// <summary>
/// The conversions of a group of leads as known on the report's as-of date: the observed rate with its 95% Wilson
/// interval, its lift over the baseline, how mature the labels are, and the rate the group should reach once they
/// are (observed rate ÷ maturity, with the interval divided likewise).
/// </summary>
/// <param name="Leads">Leads contacted by the as-of date.</param>
/// <param name="Conversions">Conversions known by the as-of date (a call scheduled later is not known yet).</param>
/// <param name="Rate">Conversions / Leads.</param>
/// <param name="Lower">The rate's 95% Wilson lower bound.</param>
/// <param name="Upper">The rate's 95% Wilson upper bound.</param>
/// <param name="Lift">Rate / the baseline.</param>
/// <param name="Maturity">The share of the group's eventual conversions expected known by the as-of date (mean over its leads).</param>
/// <param name="AdjustedRate">Rate / Maturity: the rate the group is heading for; null while nothing can be known yet (maturity 0).</param>
/// <param name="AdjustedLower">Lower / Maturity.</param>
/// <param name="AdjustedUpper">Upper / Maturity, at most 1.</param>
/// <param name="AdjustedLift">AdjustedRate / the baseline.</param>
public sealed record ConversionFigures(
    int Leads,
    int Conversions,
    double Rate,
    double Lower,
    double Upper,
    double Lift,
    double Maturity,
    double? AdjustedRate,
    double? AdjustedLower,
    double? AdjustedUpper,
    double? AdjustedLift)
{
    /// <summary>One sentence on what the figures say.</summary>
    public string Meaning =>
        $"{Conversions:N0} of {Leads:N0} leads converted so far ({Text.Percent(Rate)}, 95% interval {Text.Percent(Lower)}–{Text.Percent(Upper)}, " +
        $"{Text.Times(Lift)} the baseline); " +
        (AdjustedRate is { } adjusted
            ? $"{Text.Share(Maturity)} of their eventual conversions should be known by now, so they are heading for about " +
              $"{Text.Percent(adjusted)} ({Text.Percent(AdjustedLower!.Value)}–{Text.Percent(AdjustedUpper!.Value)})."
            : "none of their conversions can be known yet.");

    internal static ConversionFigures From(Tally tally, double baseline)
    {
        var wilson = Wilson.Interval(tally.Conversions, tally.Leads);
        var maturity = tally.Maturity;
        double? adjusted = null, lower = null, upper = null, lift = null;
        if (maturity > 0)
        {
            adjusted = wilson.Rate / maturity;
            lower = wilson.Lower / maturity;
            upper = Math.Min(1, wilson.Upper / maturity);
            lift = adjusted / baseline;
        }
        return new ConversionFigures(tally.Leads, tally.Conversions, wilson.Rate, wilson.Lower, wilson.Upper, wilson.Rate / baseline,
            maturity, adjusted, lower, upper, lift);
    }
}
