using System.Globalization;
using LeadScore.Dashboard.Html;

namespace LeadScore.Dashboard.Pages;

/// <summary>How the runs, list and monitoring pages write their figures: invariant culture, rates in percent, intervals after the rate.</summary>
internal static class FigureText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string N(long value) => value.ToString("N0", C);

    public static string F(double value, string format) => value.ToString(format, C);

    public static string Percent(double rate, int decimals = 2) => (100 * rate).ToString("F" + decimals, C) + "%";

    /// <summary>"10.55% (9.47–11.75%)".</summary>
    public static string Interval(double rate, double lower, double upper) =>
        $"{Percent(rate)} ({(100 * lower).ToString("F2", C)}–{Percent(upper)})";

    /// <summary>A rate with its interval as a cell that sorts by the rate.</summary>
    public static Cell RateCell(double rate, double lower, double upper) => new(Interval(rate, lower, upper), rate.ToString("R", C), "num");

    public static Cell Seconds(double seconds) => new(seconds < 1 ? $"{seconds * 1000:0} ms" : $"{seconds:0.0} s", seconds.ToString("R", C), "num");

    /// <summary>"1 attempt", "3 attempts".</summary>
    public static string CountText(int n, string noun) => n.ToString("N0", C) + " " + noun + (n == 1 ? "" : "s");

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", C) + " UTC";
}
