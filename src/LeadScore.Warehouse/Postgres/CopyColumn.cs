using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using LeadScore.Data;
using Npgsql;
using NpgsqlTypes;

namespace LeadScore.Warehouse.Postgres;

/// <summary>One column of a copy: its DuckDB type, the PostgreSQL type it becomes, and how one value crosses.</summary>
internal sealed partial class CopyColumn
{
    private readonly Action<DuckDBDataReader, int, NpgsqlBinaryImporter> write;

    private CopyColumn(string name, string postgresType, Action<DuckDBDataReader, int, NpgsqlBinaryImporter> write, bool readAsText = false)
    {
        Name = name;
        PostgresType = postgresType;
        this.write = write;
        ReadAsText = readAsText;
    }

    public string Name { get; }

    /// <summary>Whether the query must hand this column over as VARCHAR (a DECIMAL too wide for System.Decimal).</summary>
    public bool ReadAsText { get; }

    public string PostgresType { get; }

    /// <summary>The column's definition in CREATE TABLE.</summary>
    public string Definition => $"{Sql.Identifier(Name)} {PostgresType}";

    /// <summary>Writes the reader's value at <paramref name="ordinal"/>, NULL as NULL.</summary>
    public void Write(DuckDBDataReader reader, int ordinal, NpgsqlBinaryImporter importer)
    {
        if (reader.IsDBNull(ordinal)) importer.WriteNull();
        else write(reader, ordinal, importer);
    }

    /// <summary>The column for a DuckDB type as DESCRIBE names it; a type the copy does not carry is refused.</summary>
    public static CopyColumn For(string table, string name, string duckDbType) => duckDbType switch
    {
        "BOOLEAN" => new(name, "boolean", (r, i, w) => w.Write(r.GetBoolean(i), NpgsqlDbType.Boolean)),
        "TINYINT" => new(name, "smallint", (r, i, w) => w.Write((short)r.GetFieldValue<sbyte>(i), NpgsqlDbType.Smallint)),
        "SMALLINT" => new(name, "smallint", (r, i, w) => w.Write(r.GetInt16(i), NpgsqlDbType.Smallint)),
        "INTEGER" => new(name, "integer", (r, i, w) => w.Write(r.GetInt32(i), NpgsqlDbType.Integer)),
        "BIGINT" => new(name, "bigint", (r, i, w) => w.Write(r.GetInt64(i), NpgsqlDbType.Bigint)),
        "HUGEINT" => new(name, "numeric", (r, i, w) => w.Write(r.GetFieldValue<BigInteger>(i), NpgsqlDbType.Numeric)),
        "FLOAT" => new(name, "real", (r, i, w) => w.Write(r.GetFloat(i), NpgsqlDbType.Real)),
        "DOUBLE" => new(name, "double precision", (r, i, w) => w.Write(r.GetDouble(i), NpgsqlDbType.Double)),
        "VARCHAR" => new(name, "text", (r, i, w) => w.Write(r.GetString(i), NpgsqlDbType.Text)),
        "DATE" => new(name, "date", (r, i, w) => w.Write(PostgresDays(r.GetFieldValue<DuckDBDateOnly>(i)), NpgsqlDbType.Date)),
        "TIMESTAMP" => new(name, "timestamp", (r, i, w) => w.Write(PostgresMicroseconds(r.GetFieldValue<DuckDBTimestamp>(i)), NpgsqlDbType.Timestamp)),
        _ when Decimal().Match(duckDbType) is { Success: true } m => ForDecimal(table, name, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)),
        _ => throw WarehouseException.UncopyableColumn(table, name, duckDbType),
    };

    /// <summary>
    /// System.Decimal holds 28 digits exactly: a wider DECIMAL (DuckDB's sum of decimals is DECIMAL(38,s)) arrives as
    /// text, and a value that does not fit is refused rather than rounded.
    /// </summary>
    private static CopyColumn ForDecimal(string table, string name, int precision, int scale)
    {
        var type = $"numeric({precision},{scale})";
        if (precision <= MaxExactDigits) return new(name, type, (r, i, w) => w.Write(r.GetDecimal(i), NpgsqlDbType.Numeric));
        var format = "F" + scale.ToString(CultureInfo.InvariantCulture);
        return new(name, type, (r, i, w) =>
        {
            var text = r.GetString(i);
            var exact = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                        && value.ToString(format, CultureInfo.InvariantCulture) == text;
            w.Write(exact ? value : throw WarehouseException.DecimalTooWide(table, name, $"DECIMAL({precision},{scale})", text), NpgsqlDbType.Numeric);
        }, readAsText: true);
    }

    // Dates and timestamps go as PostgreSQL's own numbers, days and microseconds since 2000-01-01, with its infinities:
    // through DateOnly and DateTime, Npgsql would write their MinValue and MaxValue as -infinity and infinity, and
    // DuckDB's infinities and years past 9999 would not arrive at all.
    private static int PostgresDays(DuckDBDateOnly date) =>
        date.IsPositiveInfinity ? int.MaxValue : date.IsNegativeInfinity ? int.MinValue : date.ToDuckDBDate().Days - UnixEpochDays;

    private static long PostgresMicroseconds(DuckDBTimestamp timestamp) =>
        timestamp.IsPositiveInfinity ? long.MaxValue
        : timestamp.IsNegativeInfinity ? long.MinValue
        : timestamp.ToDuckDBTimestampStruct().Micros - UnixEpochDays * MicrosecondsPerDay;

    /// <summary>1970-01-01 (DuckDB's day 0) in days since 2000-01-01 (PostgreSQL's), negated.</summary>
    private const int UnixEpochDays = 10957;

    private const long MicrosecondsPerDay = 86_400_000_000;

    private const int MaxExactDigits = 28;

    [GeneratedRegex(@"^DECIMAL\((\d+),(\d+)\)$")]
    private static partial Regex Decimal();
}
