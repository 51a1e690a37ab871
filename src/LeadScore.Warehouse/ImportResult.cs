namespace LeadScore.Warehouse;

/// <summary>What an import did: the table, the file, the rows now loaded from it, and whether it replaced the table's rows.</summary>
public sealed record ImportResult(RawTable Table, string File, long Rows, bool Replaced, long RowsAfter, TimeSpan Elapsed);
