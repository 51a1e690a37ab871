namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>The dates of the synthetic world, as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
internal static class SyntheticCalendar
{
    /// <summary>The day the vendor snapshot and the Salesforce replica were taken.</summary>
    public static readonly DateOnly Snapshot = new(2025, 12, 30);

    public static readonly DateOnly FirstContact = new(2024, 2, 1);

    public static readonly DateOnly LastContact = new(2025, 10, 31);

    /// <summary>The earliest first registration of any advisor.</summary>
    public static readonly DateOnly EarliestEntry = new(1962, 1, 1);

    /// <summary>First month tracked by the firm headcount ledger (the oracle needs 12 months before the first contact).</summary>
    public static readonly DateOnly LedgerStart = new(2022, 1, 1);

    public const double DaysPerYear = 365.25;

    public static int SnapshotDay => Snapshot.DayNumber;

    public static int Year(int day) => DateOnly.FromDayNumber(day).Year;

    /// <summary>BigQuery DATE_DIFF(later, earlier, MONTH): month boundaries crossed, days ignored.</summary>
    public static int MonthsBetween(int earlier, int later)
    {
        var a = DateOnly.FromDayNumber(earlier);
        var b = DateOnly.FromDayNumber(later);
        return (b.Year - a.Year) * 12 + b.Month - a.Month;
    }

    /// <summary>Months since <see cref="LedgerStart"/> of the month holding the day (negative before it).</summary>
    public static int LedgerMonth(int day)
    {
        var d = DateOnly.FromDayNumber(day);
        return (d.Year - LedgerStart.Year) * 12 + d.Month - 1;
    }

    public static DateOnly Date(int day) => DateOnly.FromDayNumber(day);

    public static DateTime At(int day, double hours) => Date(day).ToDateTime(TimeOnly.MinValue).AddHours(hours);
}
