namespace LeadScore.Scoring.Narratives;

/// <summary>
/// How numbers are said in a narrative, in the invariant culture: counts as whole numbers with a noun in the right
/// number ("1 advisor", "1,418 advisors"); durations as days under 60 days, months under 24 months, otherwise years,
/// with one decimal under 10 years ("3.5 years", "3 years") and whole years from 10 on ("23 years").
/// </summary>
internal static class SpokenValue
{
    private const double DaysPerMonth = 365.25 / 12;
    private const double DaysPerYear = 365.25;

    /// <summary>A whole number with thousands separators, then " " and the noun in the right number when one is given.</summary>
    public static void Count(ref SentenceBuffer text, double value, string? singular, string? plural)
    {
        double whole = Whole(value);
        text.Append(whole, "N0");
        if (singular is null) return;
        text.Append(' ');
        text.Append(Math.Abs(whole) == 1 ? singular : plural!);
    }

    public static void Days(ref SentenceBuffer text, double days)
    {
        if (Sign(ref text, ref days)) return;
        double whole = Whole(days);
        if (whole < 60) Unit(ref text, whole, "day", "days");
        else Months(ref text, days / DaysPerMonth);
    }

    public static void Months(ref SentenceBuffer text, double months)
    {
        if (Sign(ref text, ref months)) return;
        double whole = Whole(months);
        if (whole < 24) Unit(ref text, whole, "month", "months");
        else YearsFrom2(ref text, months / 12);
    }

    public static void Years(ref SentenceBuffer text, double years)
    {
        if (Sign(ref text, ref years)) return;
        if (Whole(years * 12) < 24) Months(ref text, years * 12);
        else YearsFrom2(ref text, years);
    }

    /// <summary>The value times 100, whole, with a percent sign ("12%").</summary>
    public static void Percent(ref SentenceBuffer text, double fraction)
    {
        text.Append(Whole(fraction * 100), "N0");
        text.Append('%');
    }

    /// <summary>The value with up to two decimals ("12", "0.25", "1,418.5").</summary>
    public static void Number(ref SentenceBuffer text, double value)
    {
        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        text.Append(rounded, rounded == Math.Floor(rounded) ? "N0" : Math.Round(rounded, 1) == rounded ? "N1" : "N2");
    }

    private static void YearsFrom2(ref SentenceBuffer text, double years)
    {
        double shown = years < 10 ? Math.Round(years, 1, MidpointRounding.AwayFromZero) : Whole(years);
        if (shown >= 10) shown = Whole(shown);
        text.Append(shown, shown == Math.Floor(shown) ? "N0" : "N1");
        text.Append(shown == 1 ? " year" : " years");
    }

    private static void Unit(ref SentenceBuffer text, double whole, string singular, string plural)
    {
        text.Append(whole, "N0");
        text.Append(' ');
        text.Append(whole == 1 ? singular : plural);
    }

    // A negative duration (a data defect) is said with its sign; NaN and infinities are said as a number would be.
    private static bool Sign(ref SentenceBuffer text, ref double value)
    {
        if (!double.IsFinite(value))
        {
            Number(ref text, value);
            return true;
        }
        if (value < 0 && Whole(value) != 0)
        {
            text.Append('-');
            value = -value;
        }
        return false;
    }

    // Rounded half away from zero, and never "-0".
    private static double Whole(double value)
    {
        double whole = Math.Round(value, MidpointRounding.AwayFromZero);
        return whole == 0 ? 0 : whole;
    }
}
