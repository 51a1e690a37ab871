using System.Globalization;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Warehouse.Outcomes;

/// <summary>
/// The monitoring tables of the warehouse (<c>Sql/monitor_schema.sql</c>): every import in <c>monitor.imports</c>, the
/// current state of every imported lead in <c>monitor.outcomes</c>, and every version of it in
/// <c>monitor.outcome_history</c>. Written only by <see cref="OutcomeImport"/>, one transaction per import.
/// </summary>
public static class OutcomeStore
{
    public const string ImportsTable = "monitor.imports";
    public const string OutcomesTable = "monitor.outcomes";
    public const string HistoryTable = "monitor.outcome_history";

    /// <summary>
    /// The published lists' leads as (list_id, advisor_crd): the rows of <c>lists.leads</c> whose list has a succeeded
    /// attempt in <c>lists.runs</c>; no rows in a warehouse that has never published a list.
    /// </summary>
    internal static string PublishedLeads(Warehouse warehouse) =>
        warehouse.HasTable(ListStore.LeadsTable) && warehouse.HasTable(ListStore.RunsTable)
            ? $"SELECT l.list_id, l.advisor_crd FROM {ListStore.LeadsTable} l WHERE l.list_id IN " +
              $"(SELECT list_id FROM {ListStore.RunsTable} WHERE status = '{AttemptStatus.Succeeded}')"
            : "SELECT CAST(NULL AS VARCHAR) AS list_id, CAST(NULL AS BIGINT) AS advisor_crd WHERE false";

    /// <summary>The imports so far, oldest first; empty when nothing was ever imported.</summary>
    public static IReadOnlyList<OutcomeImportRecord> Imports(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!warehouse.HasTable(ImportsTable)) return [];
        using var command = warehouse.Command("SELECT import_id, file_name, file_sha256, imported_at, rows, new_leads, updated, unchanged, on_no_list " +
                                              $"FROM {ImportsTable} ORDER BY import_id");
        using var reader = command.ExecuteReader();
        var imports = new List<OutcomeImportRecord>();
        while (reader.Read())
            imports.Add(new OutcomeImportRecord(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)));
        return imports;
    }

    internal static void EnsureSchema(Warehouse warehouse) => warehouse.Execute(Warehouse.Script("monitor_schema"));

    internal static int NextImportId(Warehouse warehouse)
    {
        using var command = warehouse.Command($"SELECT coalesce(max(import_id), 0) + 1 FROM {ImportsTable}");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
