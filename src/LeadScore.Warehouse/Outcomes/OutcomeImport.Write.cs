using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace LeadScore.Warehouse.Outcomes;

public static partial class OutcomeImport
{
    private const string Changes = "outcome_changes";
    private const string New = "new";
    private const string Updated = "updated";
    private const string Unchanged = "unchanged";

    // One transaction: the schema if new, the import's row, the history of new and changed leads, their current state,
    // and the list of every lead of the file derived again from the lists published now.
    private static OutcomeImportResult Write(Warehouse warehouse, string file, string sha256, long rows, bool hasStatus, Stopwatch watch)
    {
        OutcomeImportRecord record;
        OutcomeImportRecord? same;
        using (var transaction = warehouse.Connection.BeginTransaction())
        {
            OutcomeStore.EnsureSchema(warehouse);
            same = OutcomeStore.Imports(warehouse).FirstOrDefault(i => i.FileSha256 == sha256);
            int id = OutcomeStore.NextImportId(warehouse);
            Classify(warehouse, hasStatus);
            var counts = Counts(warehouse);
            record = new OutcomeImportRecord(id, Path.GetFileName(file), sha256, DateTime.UtcNow, rows, counts[0], counts[1], counts[2], counts[3]);
            warehouse.Execute(
                $"INSERT INTO {OutcomeStore.HistoryTable} SELECT lead_id, {id}, advisor_crd, contacted_date, call_scheduled_date, status FROM {Changes} " +
                $"WHERE change <> '{Unchanged}' ORDER BY lead_id; " +
                $"INSERT INTO {OutcomeStore.OutcomesTable} SELECT lead_id, advisor_crd, contacted_date, call_scheduled_date, status, list_id, {id}, {id} " +
                $"FROM {Changes} WHERE change = '{New}' ORDER BY lead_id; " +
                $"UPDATE {OutcomeStore.OutcomesTable} o SET advisor_crd = c.advisor_crd, contacted_date = c.contacted_date, " +
                $"call_scheduled_date = c.call_scheduled_date, status = c.status, last_import = {id} FROM {Changes} c " +
                $"WHERE o.lead_id = c.lead_id AND c.change = '{Updated}'; " +
                $"UPDATE {OutcomeStore.OutcomesTable} o SET list_id = c.list_id FROM {Changes} c " +
                $"WHERE o.lead_id = c.lead_id AND o.list_id IS DISTINCT FROM c.list_id");
            Insert(warehouse, record);
            transaction.Commit();
        }
        return new OutcomeImportResult(record, file, record.NewLeads + record.Updated + record.Unchanged, OnNoListByMonth(warehouse),
            Coverage(warehouse), same, watch.Elapsed);
    }

    // Each lead of the file: its list, and whether it is new, updated or unchanged. Without a status column the stored
    // status stands (a file that does not say the status does not clear it).
    private static void Classify(Warehouse warehouse, bool hasStatus)
    {
        string status = hasStatus ? "f.status" : "o.status";
        warehouse.Execute(
            $"CREATE OR REPLACE TEMP TABLE {Changes} AS WITH published AS ({OutcomeStore.PublishedLeads(warehouse)}) " +
            $"SELECT f.lead_id, f.advisor_crd, f.contacted_date, f.call_scheduled_date, {status} AS status, " +
            "coalesce(this.list_id, previous.list_id) AS list_id, " +
            $"CASE WHEN o.lead_id IS NULL THEN '{New}' WHEN o.advisor_crd IS DISTINCT FROM f.advisor_crd OR o.contacted_date IS DISTINCT FROM f.contacted_date " +
            $"OR o.call_scheduled_date IS DISTINCT FROM f.call_scheduled_date OR o.status IS DISTINCT FROM {status} THEN '{Updated}' ELSE '{Unchanged}' END AS change " +
            $"FROM {Typed} f LEFT JOIN {OutcomeStore.OutcomesTable} o USING (lead_id) " +
            "LEFT JOIN published this ON this.list_id = strftime(f.contacted_date, '%Y-%m') AND this.advisor_crd = f.advisor_crd " +
            "LEFT JOIN published previous ON previous.list_id = strftime(f.contacted_date - INTERVAL 1 MONTH, '%Y-%m') AND previous.advisor_crd = f.advisor_crd");
    }

    private static long[] Counts(Warehouse warehouse)
    {
        using var command = warehouse.Command($"SELECT count(*) FILTER (WHERE change = '{New}'), count(*) FILTER (WHERE change = '{Updated}'), " +
                                              $"count(*) FILTER (WHERE change = '{Unchanged}'), count(*) FILTER (WHERE list_id IS NULL) FROM {Changes}");
        using var reader = command.ExecuteReader();
        reader.Read();
        return Enumerable.Range(0, 4).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray();
    }

    private static void Insert(Warehouse warehouse, OutcomeImportRecord r)
    {
        using var command = warehouse.Command($"INSERT INTO {OutcomeStore.ImportsTable} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
        foreach (var value in new object[] { r.ImportId, r.FileName, r.FileSha256, r.ImportedAt, r.Rows, r.NewLeads, r.Updated, r.Unchanged, r.OnNoList })
            command.Parameters.Add(new DuckDBParameter(value));
        command.ExecuteNonQuery();
    }

    private static List<KeyValuePair<string, long>> OnNoListByMonth(Warehouse warehouse)
    {
        using var command = warehouse.Command($"SELECT strftime(contacted_date, '%Y-%m') AS month, count(*) FROM {Changes} WHERE list_id IS NULL GROUP BY month ORDER BY month");
        using var reader = command.ExecuteReader();
        var months = new List<KeyValuePair<string, long>>();
        while (reader.Read()) months.Add(new(reader.GetString(0), reader.GetInt64(1)));
        return months;
    }

    // Every list the file's leads belong to: its leads (advisors), those with an outcome now, those with a call scheduled.
    private static List<ListCoverage> Coverage(Warehouse warehouse)
    {
        using var command = warehouse.Command(
            $"WITH published AS ({OutcomeStore.PublishedLeads(warehouse)}) SELECT p.list_id, count(DISTINCT p.advisor_crd), " +
            "count(DISTINCT p.advisor_crd) FILTER (WHERE o.lead_id IS NOT NULL), count(DISTINCT p.advisor_crd) FILTER (WHERE o.call_scheduled_date IS NOT NULL) " +
            $"FROM published p LEFT JOIN {OutcomeStore.OutcomesTable} o ON o.list_id = p.list_id AND o.advisor_crd = p.advisor_crd " +
            $"WHERE p.list_id IN (SELECT list_id FROM {Changes}) GROUP BY p.list_id ORDER BY p.list_id");
        using var reader = command.ExecuteReader();
        var lists = new List<ListCoverage>();
        while (reader.Read()) lists.Add(new ListCoverage(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        return lists;
    }
}
