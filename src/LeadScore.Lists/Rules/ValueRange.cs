using System.Globalization;

namespace LeadScore.Lists.Rules;

/// <summary>
/// The values a numeric condition allows: an interval whose ends may be open or infinite. Conditions on whole-number
/// inputs are kept with closed whole-number ends (<c>&lt; 0</c> is <c>&lt;= -1</c>), so containment is exact.
/// </summary>
public sealed record ValueRange(double Low, bool LowOpen, double High, bool HighOpen)
{
    /// <summary>Every value.</summary>
    public static ValueRange Any { get; } = new(double.NegativeInfinity, true, double.PositiveInfinity, true);

    /// <summary>True when no value lies in the range.</summary>
    public bool IsEmpty => Low > High || (Low == High && (LowOpen || HighOpen));

    /// <summary>The values in both ranges.</summary>
    public ValueRange Intersect(ValueRange other)
    {
        var (low, lowOpen) = Low > other.Low ? (Low, LowOpen) : other.Low > Low ? (other.Low, other.LowOpen) : (Low, LowOpen || other.LowOpen);
        var (high, highOpen) = High < other.High ? (High, HighOpen) : other.High < High ? (other.High, other.HighOpen) : (High, HighOpen || other.HighOpen);
        return new(low, lowOpen, high, highOpen);
    }

    /// <summary>True when every value of this range lies in <paramref name="other"/>.</summary>
    public bool IsWithin(ValueRange other) =>
        IsEmpty || ((other.Low < Low || (other.Low == Low && (!other.LowOpen || LowOpen)))
                    && (other.High > High || (other.High == High && (!other.HighOpen || HighOpen))));

    /// <summary>The same values with whole-number ends: open ends close on the next whole number inside.</summary>
    public ValueRange ToWholeNumbers()
    {
        var low = double.IsInfinity(Low) ? Low : LowOpen ? Math.Floor(Low) + 1 : Math.Ceiling(Low);
        var high = double.IsInfinity(High) ? High : HighOpen ? Math.Ceiling(High) - 1 : Math.Floor(High);
        return new(low, double.IsInfinity(low), high, double.IsInfinity(high));
    }

    /// <summary>The range as a reader would write it: <c>1 to 4</c>, <c>≥ 5</c>, <c>&lt; 0</c>, <c>= 3</c>.</summary>
    public override string ToString()
    {
        static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
        if (double.IsNegativeInfinity(Low)) return double.IsPositiveInfinity(High) ? "any" : $"{(HighOpen ? "<" : "≤")} {N(High)}";
        if (double.IsPositiveInfinity(High)) return $"{(LowOpen ? ">" : "≥")} {N(Low)}";
        if (Low == High && !LowOpen && !HighOpen) return $"= {N(Low)}";
        return !LowOpen && !HighOpen ? $"{N(Low)} to {N(High)}" : $"{(LowOpen ? ">" : "≥")} {N(Low)} and {(HighOpen ? "<" : "≤")} {N(High)}";
    }
}
