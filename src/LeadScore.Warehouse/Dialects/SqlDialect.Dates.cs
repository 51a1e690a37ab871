namespace LeadScore.Warehouse.Dialects;

/// <summary>Date arithmetic with BigQuery's semantics (domain spec §1.8), which every dialect must write alike.</summary>
public abstract partial class SqlDialect
{
    /// <summary>
    /// The DATE <paramref name="count"/> units before the DATE <paramref name="date"/>; a month or year step
    /// clamps to the end of the month (2024-02-29 minus 12 months is 2023-02-28).
    /// </summary>
    public abstract string DateSub(string date, int count, DateUnit unit);
}
