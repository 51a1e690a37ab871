namespace LeadScore.Warehouse.Outcomes;

/// <summary>
/// One row of <c>monitor.imports</c>: an outcomes file that was imported (its name and the SHA-256 of its bytes),
/// when, its rows, and how its leads compared with what the warehouse held.
/// </summary>
public sealed record OutcomeImportRecord(int ImportId, string FileName, string FileSha256, DateTime ImportedAt, long Rows, long NewLeads,
    long Updated, long Unchanged, long OnNoList);
