using System.Globalization;

namespace LeadScore.Data.Labeled;

/// <summary>An inclusive range of calendar dates, e.g. a split window of contact dates.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>Days in the range, both ends counted.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Reads FROM..TO (YYYY-MM-DD..YYYY-MM-DD, the earlier date first); false for anything else.</summary>
    public static bool TryParse(string text, out DateRange range)
    {
        var parts = text.Split("..");
        range = null!;
        if (parts.Length != 2
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || from > to) return false;
        range = new DateRange(from, to);
        return true;
    }

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";

    /// <summary>The SQL condition that a date column (SQL text) lies in the range.</summary>
    public string Filter(string dateColumnSql) =>
        $"CAST({dateColumnSql} AS DATE) BETWEEN DATE '{From:yyyy-MM-dd}' AND DATE '{To:yyyy-MM-dd}'";
}
