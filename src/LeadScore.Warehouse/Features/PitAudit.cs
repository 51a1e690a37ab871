using System.Globalization;

namespace LeadScore.Warehouse.Features;

/// <summary>What the point-in-time audit found: rows compared, rows and columns that changed, future rows added.</summary>
public sealed record PitAuditResult(DateOnly AsOf, long Rows, long FutureSpells, long LateEndDates, long ChangedRows,
    IReadOnlyDictionary<string, long> ChangedColumns)
{
    public bool Passed => ChangedRows == 0;
}

/// <summary>
/// Proves that features as of a date use nothing from after it. It computes the prospect features as of
/// <c>asOf</c>, then — inside a transaction that is always rolled back — adds what only became known after that day:
/// a new spell for every advisor, starting a month later; and for every spell open on the day, an end date ten days
/// before it that the vendor filled in two months after it (the late back-fill of §1.3). Then it recomputes and
/// compares every value. Any difference is information from the future.
/// </summary>
public static class PitAudit
{
    public static PitAuditResult Run(Warehouse warehouse, DateOnly asOf, string? definition = null)
    {
        definition ??= FeatureTables.Definition;
        FeatureTables.ProspectAnchors(warehouse, asOf);
        FeatureTables.Compute(warehouse, definition);
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE audit_before AS SELECT * FROM pit_features");
        var transaction = warehouse.Connection.BeginTransaction();
        try
        {
            string day = TargetOptions.Date(asOf);
            long spells = Execute(warehouse,
                "INSERT INTO raw.contact_registered_employment_history " +
                "SELECT a.advisor_crd, -1 - (a.advisor_crd % 97), 'FUTURE FIRM', " + day + " + INTERVAL 30 DAY, NULL, NULL FROM feature_anchors a");
            long ends = Execute(warehouse,
                "UPDATE raw.contact_registered_employment_history SET previous_registration_company_end_date = " + day + " - INTERVAL 10 DAY, " +
                "end_date_known_at = " + day + " + INTERVAL 60 DAY WHERE previous_registration_company_end_date IS NULL " +
                "AND previous_registration_company_start_date < " + day + " - INTERVAL 10 DAY");
            FeatureTables.Compute(warehouse, definition);
            warehouse.Execute("CREATE OR REPLACE TEMP TABLE audit_after AS SELECT * FROM pit_features");
            return Compare(warehouse, asOf, spells, ends);
        }
        finally
        {
            transaction.Rollback();
            transaction.Dispose();
        }
    }

    private static PitAuditResult Compare(Warehouse warehouse, DateOnly asOf, long spells, long ends)
    {
        var columns = new List<string>();
        using (var command = warehouse.Command("SELECT column_name FROM (DESCRIBE audit_before) WHERE column_name <> 'anchor_id'"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add(reader.GetString(0));
        var differs = columns.Select(c => $"count(*) FILTER (WHERE b.\"{c}\" IS DISTINCT FROM a.\"{c}\")");
        var any = string.Join(" OR ", columns.Select(c => $"b.\"{c}\" IS DISTINCT FROM a.\"{c}\""));
        using var compare = warehouse.Command($"SELECT count(*), count(*) FILTER (WHERE {any}), {string.Join(", ", differs)} " +
                                              "FROM audit_before b FULL JOIN audit_after a USING (anchor_id)");
        using var row = compare.ExecuteReader();
        row.Read();
        var changed = new Dictionary<string, long>();
        for (int i = 0; i < columns.Count; i++)
        {
            long n = Convert.ToInt64(row.GetValue(i + 2), CultureInfo.InvariantCulture);
            if (n > 0) changed[columns[i]] = n;
        }
        return new PitAuditResult(asOf, row.GetInt64(0), spells, ends, row.GetInt64(1), changed);
    }

    private static long Execute(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        return command.ExecuteNonQuery();
    }
}
