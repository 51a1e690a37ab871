using System.Diagnostics;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using LeadScore.Data;

namespace LeadScore.Warehouse.Outcomes;

/// <summary>
/// Imports a Salesforce export of what happened to the leads (<see cref="OutcomeFile"/>) into the monitoring tables, all
/// or nothing. The file is staged and checked as a whole first — a table of known columns, values of their type, CRDs
/// that are positive whole numbers, no date after today, no call before its contact, one state per lead — and only
/// then written, in one transaction.
/// </summary>
/// <remarks>
/// <para><b>Idempotent.</b> A lead whose values (CRD, contact date, call date, status) equal the stored ones is unchanged:
/// it adds no history row and keeps its <c>last_import</c>. Importing the same file again therefore changes neither
/// <c>monitor.outcomes</c> nor <c>monitor.outcome_history</c>; the import itself is still recorded in
/// <c>monitor.imports</c> (0 new, 0 updated) and the result names the earlier import of the same bytes. A later file
/// that changes a lead updates its row and appends a history row; a lead absent from a later file is left as it was
/// (an export may cover only some leads). A file without a <c>status</c> column leaves stored statuses as they are.</para>
/// <para><b>Lists.</b> Each lead of the file is joined to the published list that produced it: the list of its contact
/// month when that list holds the advisor, else the previous month's (leads are worked into the next month), else
/// none — counted as on no list, never dropped.</para>
/// </remarks>
public static partial class OutcomeImport
{
    private const string Stage = "outcome_stage";
    private const string Typed = "outcome_file";

    /// <summary>Imports <paramref name="file"/>; dates after <paramref name="today"/> (default: today, UTC) are refused.</summary>
    public static OutcomeImportResult Run(Warehouse warehouse, string file, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var watch = Stopwatch.StartNew();
        CheckIsTable(file);
        var sha256 = Sha256(file);
        bool hasStatus;
        long rows;
        try
        {
            using var staged = Load(warehouse, file);
            rows = staged.Rows();
            var source = Columns(staged);
            if (rows == 0) throw WarehouseException.EmptyFile(file);
            hasStatus = source.ContainsKey(OutcomeFile.Status);
            var columns = OutcomeFile.Columns.Where(c => source.ContainsKey(c.Name)).ToList();
            staged.CheckValues(columns, source);
            CheckCrds(staged, source[OutcomeFile.AdvisorCrd]);
            staged.CheckRules(OutcomeFile.Rules(today ?? DateOnly.FromDateTime(DateTime.UtcNow)), columns, source, OutcomeStore.OutcomesTable);
            Type(warehouse, source);
            CheckConflicts(staged, source[OutcomeFile.LeadId]);
        }
        catch
        {
            warehouse.Execute($"DROP TABLE IF EXISTS {Typed}");
            throw;
        }
        try
        {
            return Write(warehouse, file, sha256, rows, hasStatus, watch);
        }
        finally
        {
            warehouse.Execute($"DROP TABLE IF EXISTS {Typed}; DROP TABLE IF EXISTS {Changes}");
        }
    }

    // An empty file, or one of another kind, is not read at all: DuckDB would guess a table out of any text.
    private static void CheckIsTable(string file)
    {
        if (!File.Exists(file)) throw DataFileException.NotFound(file);
        if (new FileInfo(file).Length == 0) throw WarehouseException.NotATable(file, "the file is empty");
        var extension = Path.GetExtension(file).ToLowerInvariant();
        bool parquet = IsParquet(file);
        if (extension == ".parquet" && !parquet) throw WarehouseException.NotATable(file, "not a Parquet file: it does not start with PAR1");
        if (extension is not (".csv" or ".parquet") && !parquet)
            throw WarehouseException.NotATable(file, $"a {(extension.Length == 0 ? "file without an extension" : extension + " file")}, not .csv or .parquet");
    }

    private static bool IsParquet(string file)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        return stream.Read(magic) == 4 && magic.SequenceEqual("PAR1"u8);
    }

    private static StagedFile Load(Warehouse warehouse, string file)
    {
        try
        {
            return StagedFile.Load(warehouse, file, Stage);
        }
        catch (DuckDBException e)
        {
            throw WarehouseException.NotATable(file, e.Message);
        }
    }

    // Outcome column → the file's column of that name (without regard to case); unknown and missing columns refused.
    private static Dictionary<string, string> Columns(StagedFile staged)
    {
        var names = staged.Columns();
        var known = OutcomeFile.Columns.Select(c => c.Name).ToList();
        var byName = names.Where(n => known.Contains(n, StringComparer.OrdinalIgnoreCase)).ToDictionary(n => n.ToLowerInvariant(), n => n);
        if (byName.Count == 0)
            throw WarehouseException.NotATable(staged.File, $"its header row names none of the outcome columns; it names {string.Join(", ", names.Take(3).Select(n => $"'{n}'"))}");
        var unknown = names.Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0) throw WarehouseException.UnknownOutcomeColumns(staged.File, unknown);
        var missing = OutcomeFile.Required.Where(c => !byName.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw WarehouseException.MissingOutcomeColumns(staged.File, missing);
        return byName;
    }

    private static void CheckCrds(StagedFile staged, string column)
    {
        var bad = $"NOT regexp_full_match({StagedFile.Value(column)}, '{OutcomeFile.CrdPattern}')";
        var rows = staged.RowsWhere(bad);
        if (rows.Count == 0) return;
        var values = staged.Strings($"SELECT {StagedFile.Value(column)} FROM {staged.Table} WHERE {bad} ORDER BY {StagedFile.RowNumber} LIMIT 5");
        throw WarehouseException.NotACrd(staged.File, column, values, rows);
    }

    // The file's distinct leads, typed; a row repeated exactly is one lead.
    private static void Type(Warehouse warehouse, Dictionary<string, string> source)
    {
        string Cast(string name) => StagedFile.Cast(OutcomeFile.Columns.Single(c => c.Name == name), source[name]);
        var status = source.ContainsKey(OutcomeFile.Status) ? Cast(OutcomeFile.Status) : "CAST(NULL AS VARCHAR)";
        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Typed} AS SELECT DISTINCT {Cast(OutcomeFile.LeadId)} AS lead_id, " +
                          $"{OutcomeFile.CrdValue(StagedFile.Value(source[OutcomeFile.AdvisorCrd]))} AS advisor_crd, {Cast(OutcomeFile.ContactedDate)} AS contacted_date, " +
                          $"{Cast(OutcomeFile.CallScheduledDate)} AS call_scheduled_date, {status} AS status, " +
                          $"min({StagedFile.RowNumber}) OVER (PARTITION BY {Cast(OutcomeFile.LeadId)}) AS first_row FROM {Stage}");
    }

    private static void CheckConflicts(StagedFile staged, string leadColumn)
    {
        var conflicting = $"SELECT lead_id FROM {Typed} GROUP BY lead_id HAVING count(*) > 1";
        long leads = staged.Longs($"SELECT count(*) FROM ({conflicting})")[0];
        if (leads == 0) return;
        var first = staged.Strings($"SELECT 'lead ' || lead_id || ' at rows ' || (SELECT string_agg(CAST(s.{StagedFile.RowNumber} AS VARCHAR), ', ' ORDER BY s.{StagedFile.RowNumber}) " +
                                   $"FROM {Stage} s WHERE {StagedFile.Value(leadColumn)} = c.lead_id) FROM ({conflicting}) c " +
                                   $"ORDER BY (SELECT min(first_row) FROM {Typed} t WHERE t.lead_id = c.lead_id) LIMIT 3");
        throw WarehouseException.ConflictingLeads(staged.File, leads, first);
    }

    private static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
