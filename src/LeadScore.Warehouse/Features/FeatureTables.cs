using System.Diagnostics;
using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Engine.Schema;
using LeadScore.Storage;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Features;

/// <summary>What a feature build wrote: the warehouse table, its rows and advisors, and the Parquet copy if asked.</summary>
public sealed record FeatureBuildResult(string Table, long Rows, long Advisors, long Positives, TimeSpan Elapsed, string? Parquet);

/// <summary>
/// Builds the V4.1 feature tables from the raw tables with one SQL definition (<c>Sql/features.sql</c>), point in
/// time: <c>features.training</c> holds every labelled lead as of its contact date; <c>features.prospects</c> every
/// producing advisor as of a run date, exactly one row per advisor. Category codes are the R3 model's (the built-in
/// schema), never fitted on the batch. A table is replaced only when its new content is complete.
/// </summary>
public static class FeatureTables
{
    public const string TrainingTable = "features.training";
    public const string ProspectTable = "features.prospects";

    public static FeatureBuildResult Training(Warehouse warehouse, TargetOptions target, string? parquet = null)
    {
        var watch = Stopwatch.StartNew();
        warehouse.Execute(target.Fill(Warehouse.Script("target")));
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE feature_anchors AS SELECT lead_id AS anchor_id, advisor_crd, contacted_date AS as_of FROM labelled_leads");
        string Select(IReadOnlyList<string> features) =>
            $"SELECT l.lead_id, l.advisor_crd, l.contacted_date, l.target, l.mql_date, {Columns(warehouse.Dialect, features)} " +
            "FROM labelled_leads l JOIN pit_features f ON f.anchor_id = l.lead_id ORDER BY l.contacted_date, l.lead_id";
        return Publish(warehouse, TrainingTable, Select, parquet, watch);
    }

    /// <summary>
    /// Builds <c>features.prospects</c> as of <paramref name="asOf"/>, on DuckDB or PostgreSQL alike (the raw tables it
    /// reads: <c>ria_contacts_current</c>, <c>contact_registered_employment_history</c>, <c>firms</c> and
    /// <c>broker_protocol_members</c> in the schema <c>raw</c>); the Parquet copy only on DuckDB.
    /// </summary>
    public static FeatureBuildResult Prospects(Warehouse warehouse, DateOnly asOf, string? parquet = null)
    {
        var watch = Stopwatch.StartNew();
        ProspectAnchors(warehouse, asOf);
        var result = Publish(warehouse, ProspectTable, features => ProspectSelect(warehouse.Dialect, features), parquet, watch);
        return result.Rows == result.Advisors ? result : throw new InvalidOperationException(
            $"the prospect feature table has {result.Rows} rows for {result.Advisors} advisors; a feature join fans out");
    }

    /// <summary>The prospect table's query over <c>pit_features</c>, whose feature columns are <paramref name="features"/>.</summary>
    internal static string ProspectSelect(SqlDialect dialect, IReadOnlyList<string> features) =>
        $"SELECT f.advisor_crd, f.as_of AS prediction_date, {Columns(dialect, features)} FROM pit_features f ORDER BY f.advisor_crd";

    /// <summary>The R3 model's codes for its three categorical features, as columns over <c>pit_features f</c>.</summary>
    internal static string EncodedColumns(SqlDialect dialect) => string.Join(", ", BuiltInSchemas.Find("v4.1.0_r3")!.Features.Where(f => f.IsCategorical).Select(f =>
        $"CASE f.{dialect.Identifier(f.Column)} {string.Join(" ", f.Categories!.Select(kv => $"WHEN {dialect.Text(kv.Key)} THEN {kv.Value}"))} END AS {dialect.Identifier(f.Name)}"));

    // Every feature column of pit_features, then the codes of the categorical ones.
    private static string Columns(SqlDialect dialect, IReadOnlyList<string> features) =>
        string.Join(", ", features.Select(c => "f." + dialect.Identifier(c))) + ", " + EncodedColumns(dialect);

    /// <summary>
    /// The feature columns of the computed <c>pit_features</c>: all but its keys (anchor_id, advisor_crd, as_of), in
    /// order. Read from the table, since PostgreSQL has no <c>SELECT * EXCLUDE</c>.
    /// </summary>
    internal static IReadOnlyList<string> FeatureColumns(Warehouse warehouse)
    {
        using var command = warehouse.Command("SELECT * FROM pit_features WHERE 1 = 0");
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).Where(c => c is not ("anchor_id" or "advisor_crd" or "as_of")).ToArray();
    }

    /// <summary>
    /// The feature definition, a template for every dialect (<see cref="SqlDialect.Render"/>): <c>Sql/pit_firm.sql</c>
    /// (the firm at the date, which the list replay shares) then <c>Sql/features.sql</c>, turning
    /// <c>feature_anchors</c> into <c>pit_features</c>.
    /// </summary>
    public static string Definition => Warehouse.Script("pit_firm") + "\n" + Warehouse.Script("features");

    /// <summary>Runs a feature definition (a template) over anchors (advisor, as-of date) into the temp table <c>pit_features</c>.</summary>
    internal static void Compute(Warehouse warehouse, string definition) => warehouse.Execute(warehouse.Dialect.Render(definition));

    /// <summary>Anchors for every producing, active advisor as of a date.</summary>
    internal static void ProspectAnchors(Warehouse warehouse, DateOnly asOf) =>
        warehouse.Execute($"{warehouse.Dialect.CreateTempTable("feature_anchors")} AS SELECT CAST(ria_contact_crd_id AS {warehouse.Dialect.TextType}) AS anchor_id, " +
                          $"ria_contact_crd_id AS advisor_crd, {TargetOptions.Date(asOf)} AS as_of FROM raw.ria_contacts_current " +
                          "WHERE COALESCE(producing_advisor, false) AND COALESCE(active, true)");

    private static FeatureBuildResult Publish(Warehouse warehouse, string table, Func<IReadOnlyList<string>, string> select, string? parquet, Stopwatch watch)
    {
        // Parquet is written by DuckDB's COPY: refused before the build rather than after it.
        if (parquet is not null && warehouse.Dialect != SqlDialect.DuckDb) throw WarehouseException.DuckDbOnly(warehouse.Path);
        Compute(warehouse, Definition);
        var query = select(FeatureColumns(warehouse));
        using (var transaction = warehouse.Connection.BeginTransaction())
        {
            warehouse.Execute("CREATE SCHEMA IF NOT EXISTS features");
            warehouse.Execute(warehouse.Dialect.CreateTableAs(table, query));
            transaction.Commit();
        }
        warehouse.Execute("DROP TABLE IF EXISTS pit_spells; DROP TABLE IF EXISTS pit_firm; DROP TABLE IF EXISTS pit_moves; " +
                          "DROP TABLE IF EXISTS pit_firm_stats; DROP TABLE IF EXISTS pit_career; DROP TABLE IF EXISTS pit_base; DROP TABLE IF EXISTS pit_features");
        if (parquet is not null) ExportParquet(warehouse, table, parquet);
        using var command = warehouse.Command($"SELECT count(*), count(DISTINCT advisor_crd), " +
                                              $"{(table == TrainingTable ? "count(*) FILTER (WHERE target = 1)" : "0")} FROM {table}");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new FeatureBuildResult(table, reader.GetInt64(0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2)), watch.Elapsed, parquet);
    }

    private static void ExportParquet(Warehouse warehouse, string table, string path)
    {
        using var file = AtomicFile.ForWriter(path);
        try
        {
            warehouse.Execute($"COPY (SELECT * FROM {table}) TO {Sql.Literal(file.TempPath)} (FORMAT PARQUET)");
        }
        catch (DuckDBException e)
        {
            throw StorageException.NotWritable(path, e.Message, e);
        }
        file.Commit();
    }
}
