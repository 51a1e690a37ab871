namespace LeadScore.Warehouse.Outcomes;

/// <summary>
/// What an import did. <see cref="Leads"/> counts the file's distinct leads (a row repeated exactly counts once), split
/// into <see cref="New"/>, <see cref="Updated"/> and <see cref="Unchanged"/>; <see cref="OnNoList"/> of them belong to
/// no published list, by the month they were contacted in (<see cref="OnNoListByMonth"/>, yyyy-MM). <see cref="Lists"/>
/// covers every list the file's leads belong to. <see cref="SameContentAs"/> names an earlier import of the same bytes.
/// </summary>
public sealed record OutcomeImportResult(OutcomeImportRecord Record, string File, long Leads, IReadOnlyList<KeyValuePair<string, long>> OnNoListByMonth,
    IReadOnlyList<ListCoverage> Lists, OutcomeImportRecord? SameContentAs, TimeSpan Elapsed)
{
    public long Rows => Record.Rows;

    public long New => Record.NewLeads;

    public long Updated => Record.Updated;

    public long Unchanged => Record.Unchanged;

    public long OnNoList => Record.OnNoList;
}
