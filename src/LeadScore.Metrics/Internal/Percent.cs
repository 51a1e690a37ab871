using System.Globalization;

namespace LeadScore.Metrics.Internal;

/// <summary>Invariant-culture formatting for the plain-English <c>Meaning</c> sentences.</summary>
internal static class Percent
{
    /// <summary>A rate or difference as percentage points with two decimals ("4.83").</summary>
    public static string Points(double rate) => (100.0 * rate).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A probability as a percentage with one decimal ("66.1%").</summary>
    public static string Share(double probability) =>
        (100.0 * probability).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A confidence level as a whole percentage ("95%"), or with decimals when it has them.</summary>
    public static string Level(double level) =>
        (100.0 * level).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A plain number with up to the given decimals.</summary>
    public static string Number(double value, int decimals = 2) =>
        value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>Whole count with thousands separators ("2,443").</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
