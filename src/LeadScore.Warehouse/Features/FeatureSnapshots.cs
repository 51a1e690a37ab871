using System.Security.Cryptography;
using System.Text;
using LeadScore.Data;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Features;

/// <summary>
/// The prospect feature rows a run scored: their content hash, the table keeping them, their count, whether they
/// were reused without building (<paramref name="Reused"/>), and whether a build gave rows an earlier snapshot
/// already held (<paramref name="SameAsEarlier"/>).
/// </summary>
public sealed record FeatureSnapshot(string Hash, string Table, long Rows, bool Reused, bool SameAsEarlier = false);

/// <summary>
/// Prospect feature tables kept by content: <c>features.snapshot_&lt;hash&gt;</c> holds the rows, once per distinct
/// content, and <c>features.snapshots</c> lists them with the fingerprint of the inputs that built them (the feature
/// definition, the date, and the content of each raw table it reads). A run whose inputs match an earlier build
/// reuses its snapshot instead of building again; one whose rows come out identical shares the table.
/// </summary>
public static class FeatureSnapshots
{
    public const string ListTable = "features.snapshots";

    private static readonly string[] RawInputs =
        ["raw.ria_contacts_current", "raw.contact_registered_employment_history", "raw.firms", "raw.broker_protocol_members"];

    /// <summary>The fingerprint of a prospect build as of <paramref name="asOf"/> on this warehouse's raw tables (DuckDB only).</summary>
    public static string Inputs(Warehouse warehouse, DateOnly asOf)
    {
        RequireDuckDb(warehouse);
        var text = new StringBuilder(FeatureTables.Definition).Append('\n').Append(FeatureTables.EncodedColumns(SqlDialect.DuckDb)).Append('\n').Append(asOf.ToString("O"));
        foreach (var table in RawInputs)
        {
            using var command = warehouse.Command($"SELECT count(*), CAST(coalesce(sum(CAST(hash(t) AS HUGEINT)), 0) AS VARCHAR) FROM {table} t");
            using var reader = command.ExecuteReader();
            reader.Read();
            text.Append('\n').Append(table).Append(' ').Append(reader.GetInt64(0)).Append(' ').Append(reader.GetString(1));
        }
        return Sha256(text.ToString());
    }

    /// <summary>The snapshot an earlier build with the same input fingerprint kept, or null.</summary>
    public static FeatureSnapshot? Find(Warehouse warehouse, string inputs)
    {
        if (!warehouse.HasTable(ListTable)) return null;
        using var command = warehouse.Command($"SELECT snapshot_hash, table_name, rows FROM {ListTable} WHERE inputs_hash = {Sql.Literal(inputs)} LIMIT 1");
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var table = reader.GetString(1);
        return warehouse.HasTable(table) ? new FeatureSnapshot(reader.GetString(0), table, reader.GetInt64(2), Reused: true, SameAsEarlier: true) : null;
    }

    /// <summary>
    /// Keeps the rows of <paramref name="features"/> (built as of <paramref name="asOf"/> from inputs with fingerprint
    /// <paramref name="inputs"/>, null when unknown) under their content hash, in one transaction (DuckDB only).
    /// </summary>
    public static FeatureSnapshot Keep(Warehouse warehouse, string features, DateOnly asOf, string? inputs)
    {
        RequireDuckDb(warehouse);
        string hash;
        long rows;
        using (var command = warehouse.Command($"SELECT CAST(coalesce(sum(CAST(hash(t) AS HUGEINT)), 0) AS VARCHAR), count(*) FROM {features} t"))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            rows = reader.GetInt64(1);
            var columns = string.Join(",", warehouse.ColumnTypes(features).Select(c => $"{c.Name} {c.Type}"));
            hash = Sha256($"{columns}\n{rows}\n{reader.GetString(0)}");
        }
        var table = $"features.snapshot_{hash[..16]}";
        var existed = warehouse.HasTable(table);
        using var transaction = warehouse.Connection.BeginTransaction();
        warehouse.Execute($"CREATE TABLE IF NOT EXISTS {ListTable} (snapshot_hash VARCHAR NOT NULL, table_name VARCHAR NOT NULL, inputs_hash VARCHAR, " +
                          "as_of DATE NOT NULL, rows BIGINT NOT NULL, created_at TIMESTAMP NOT NULL)");
        if (!existed) warehouse.Execute($"CREATE TABLE {table} AS SELECT * FROM {features} ORDER BY advisor_crd");
        warehouse.Execute($"INSERT INTO {ListTable} SELECT {Sql.Literal(hash)}, {Sql.Literal(table)}, {(inputs is null ? "NULL" : Sql.Literal(inputs))}, " +
                          $"{TargetOptions.Date(asOf)}, {rows}, now()::TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM {ListTable} WHERE snapshot_hash = {Sql.Literal(hash)} " +
                          $"AND inputs_hash IS NOT DISTINCT FROM {(inputs is null ? "NULL" : Sql.Literal(inputs))})");
        transaction.Commit();
        return new FeatureSnapshot(hash, table, rows, Reused: false, SameAsEarlier: existed);
    }

    // Content hashes sum DuckDB's hash() of whole rows, which PostgreSQL has no equivalent of.
    private static void RequireDuckDb(Warehouse warehouse)
    {
        if (warehouse.Dialect != SqlDialect.DuckDb) throw WarehouseException.DuckDbOnly(warehouse.Path);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
