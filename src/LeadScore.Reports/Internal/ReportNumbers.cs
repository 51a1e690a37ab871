using System.Globalization;
using LeadScore.Metrics;

namespace LeadScore.Reports.Internal;

/// <summary>How the report writes numbers, in one place: rates as percentages, differences in points, counts with thousands separators, times in UTC.</summary>
internal static class ReportNumbers
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Percent(double rate, int decimals = 2) => double.IsNaN(rate) ? "–" : (100 * rate).ToString("F" + decimals, C) + "%";

    /// <summary>A rate with its interval: "4.31% (3.61–5.14%)".</summary>
    public static string Rate(ProportionInterval i) => $"{Percent(i.Rate)} ({Range(i.Lower, i.Upper)})";

    /// <summary>An interval of rates: "3.61–5.14%".</summary>
    public static string Range(double lower, double upper) => $"{(100 * lower).ToString("F2", C)}–{Percent(upper)}";

    /// <summary>A difference of rates in percentage points, signed: "+0.26".</summary>
    public static string Points(double difference) => (100 * difference).ToString("+0.00;-0.00;0.00", C);

    /// <summary>A signed number: "+7.2".</summary>
    public static string Signed(double value, string format = "0.0") => value.ToString($"+{format};-{format};{format}", C);

    public static string Count(long n) => n.ToString("N0", C);

    public static string Number(double value, string format) => value.ToString(format, C);

    public static string Auc(double auc) => auc.ToString("0.0000", C);

    public static string Lift(double lift) => lift.ToString("0.00", C) + "×";

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", C) + " UTC";

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", C) + " UTC";

    /// <summary>A SHA-256 cut to its first 12 digits for tables (the full value is in the artefacts section).</summary>
    public static string Short(string sha) => sha.Length > 12 ? sha[..12] + "…" : sha;
}
