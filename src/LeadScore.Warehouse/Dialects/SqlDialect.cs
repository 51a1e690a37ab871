using System.Globalization;

namespace LeadScore.Warehouse.Dialects;

/// <summary>
/// Everything the warehouse layer writes differently for one SQL engine: quoting, exact numbers, float32 arithmetic,
/// errors raised from a query, and the limits a compiled model must stay within. One subclass per engine, all here.
/// </summary>
public abstract partial class SqlDialect
{
    public static SqlDialect DuckDb { get; } = new DuckDbDialect();

    public static SqlDialect Postgres { get; } = new PostgresDialect();

    public static SqlDialect BigQuery { get; } = new BigQueryDialect();

    public static IReadOnlyList<SqlDialect> All { get; } = [DuckDb, Postgres, BigQuery];

    /// <summary>The dialect's name as a user types it: duckdb, postgres, bigquery.</summary>
    public abstract string Name { get; }

    /// <summary>The dialect a user named (case-insensitive; "postgresql" and "pg" are postgres).</summary>
    public static SqlDialect Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "duckdb" => DuckDb,
        "postgres" or "postgresql" or "pg" => Postgres,
        "bigquery" or "bq" => BigQuery,
        _ => throw WarehouseException.UnknownDialect(name, All.Select(d => d.Name)),
    };

    public override string ToString() => Name;

    /// <summary>The schema an unqualified table name is in.</summary>
    public virtual string DefaultSchema => "main";

    /// <summary>A column or table name, quoted so that any character stands for itself.</summary>
    public virtual string Identifier(string name)
    {
        CheckName(name, "name");
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A table name as the user wrote it (schema.table, or catalog.schema.table), each part quoted.</summary>
    public virtual string Table(string name)
    {
        CheckName(name, "table");
        var parts = name.Split('.');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0)) throw WarehouseException.BadTableName(name, Name);
        return string.Join(".", parts.Select(Identifier));
    }

    /// <summary>A string literal.</summary>
    public virtual string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A literal that every engine of the dialect reads as exactly this IEEE double (never as a DECIMAL).</summary>
    public virtual string Double(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return SpecialDouble(value);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? text.Replace("E+", "e", StringComparison.Ordinal).Replace('E', 'e') : text + "e0";
    }

    /// <summary>NaN or an infinity as a DOUBLE.</summary>
    protected abstract string SpecialDouble(double value);

    /// <summary>The name of the engine's IEEE double type.</summary>
    public abstract string DoubleType { get; }

    /// <summary>The engine's IEEE single type, whose + rounds as C's float does; null when the engine has none.</summary>
    public abstract string? Float32Type { get; }

    /// <summary>The engine's text type.</summary>
    public abstract string TextType { get; }

    /// <summary><paramref name="expression"/> as a DOUBLE (SAFE_CAST-free: a value that is no number is an error).</summary>
    public string AsDouble(string expression) => $"CAST({expression} AS {DoubleType})";

    /// <summary>
    /// <paramref name="expression"/> as a DOUBLE, NULL where it holds text that is no number, for an engine whose own
    /// cast error would not say which row (BigQuery's SAFE_CAST); null where the plain cast's error is kept.
    /// </summary>
    public virtual string? TryDouble(string expression) => null;

    /// <summary><paramref name="expression"/> rounded to float32, or left a DOUBLE where the engine has no float32.</summary>
    public string AsFloat32(string expression) => Float32Type is { } type ? $"CAST({expression} AS {type})" : expression;

    /// <summary>True when a DOUBLE expression is NaN.</summary>
    public abstract string IsNaN(string expression);

    /// <summary>The integer quotient of two integer expressions, truncated toward zero.</summary>
    public abstract string IntegerDivide(string dividend, string divisor);

    /// <summary>e raised to a DOUBLE expression.</summary>
    public virtual string Exp(string expression) => $"exp({expression})";

    /// <summary>
    /// e raised to a DOUBLE expression that may exceed 709, for <c>1 / (1 + e^x)</c> only: an engine whose exp fails on
    /// overflow (BigQuery; C#'s gives infinity past 709.78) caps x at 709, which moves <c>1 / (1 + e^x)</c> by less than 1.3e-308.
    /// </summary>
    public virtual string ExpCapped(string expression) => Exp(expression);

    /// <summary>
    /// An expression that fails the query with <paramref name="message"/> followed by the text of
    /// <paramref name="context"/> (a column, so that no engine raises it while planning), typed as a DOUBLE.
    /// </summary>
    public abstract string Error(string message, string context);

    /// <summary>The start of a common table expression, <c>name AS (</c>, as the engine should evaluate it.</summary>
    public virtual string Cte(string name) => $"{name} AS (";

    /// <summary>A line for the head of a compiled query: what to set before running it, if anything.</summary>
    public virtual string? RunAdvice => null;

    /// <summary>The longest query text the engine accepts, in UTF-8 bytes.</summary>
    public virtual long MaxQueryBytes => long.MaxValue;

    /// <summary>
    /// How many trees one stage of a compiled model adds in one expression: a left-deep sum whose depth stays far
    /// inside the engine's expression-depth limit (DuckDB's max_expression_depth is 1000; PostgreSQL's is its stack).
    /// </summary>
    public virtual int TreesPerStage => 50;

    /// <summary>
    /// <c>CREATE TABLE name AS query</c>, replacing an earlier table of that name: for a query too long to send at once,
    /// run as several statements.
    /// </summary>
    public virtual string CreateTableAs(string table, string query) => $"CREATE OR REPLACE TABLE {table} AS\n{query}";

    /// <summary>Refuses a name no quoting can carry: empty, or holding a control character.</summary>
    protected static void CheckName(string name, string what)
    {
        if (string.IsNullOrEmpty(name) || name.Any(char.IsControl)) throw WarehouseException.UnsafeName(name, what);
    }
}
