using DuckDB.NET.Data;
using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Postgres;
using Npgsql;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// A DuckDB query's rows arrive in PostgreSQL value for value, NULLs, NaN and infinities included; a type the copy
/// does not carry is refused by name; a copy that fails leaves the earlier table as it was.
/// </summary>
public class PostgresCopyTests
{
    /// <summary>Each column: its DuckDB type, the PostgreSQL type it must become, and five values as PostgreSQL prints them (null is NULL).</summary>
    private static readonly (string Name, string DuckDb, string Postgres, string?[] Values)[] Columns =
    [
        ("flag", "BOOLEAN", "boolean", ["true", "false", null, "true", "false"]),
        ("tiny", "TINYINT", "smallint", ["-128", "127", "0", null, "1"]),
        ("small", "SMALLINT", "smallint", ["-32768", "32767", null, "0", "-1"]),
        ("whole", "INTEGER", "integer", ["-2147483648", "2147483647", "0", "42", null]),
        ("big", "BIGINT", "bigint", ["-9223372036854775808", "9223372036854775807", null, "0", "1"]),
        ("huge", "HUGEINT", "numeric", ["-170141183460469231731687303715884105728", "170141183460469231731687303715884105727", "0", null, "18446744073709551616"]),
        ("single", "FLOAT", "real", ["NaN", "Infinity", "-Infinity", "1.5", null]),
        ("double", "DOUBLE", "double precision", ["NaN", "Infinity", "-Infinity", null, "0.1"]),
        ("money", "DECIMAL(18,3)", "numeric(18,3)", ["123456789012345.678", "-0.001", "0.000", null, "-999999999999999.999"]),
        ("rate", "DECIMAL(4,1)", "numeric(4,1)", ["999.9", null, "-0.5", "0.0", "12.3"]),
        ("total", "DECIMAL(38,2)", "numeric(38,2)", ["12345678901234567890123456.78", "-0.01", "0.00", null, "-1.50"]),
        ("label", "VARCHAR", "text", ["héllo — ünïcode ✓", "", "quote's \"double\"; tab\there\nnew line", null, "\\N"]),
        ("day", "DATE", "date", ["2026-12-01", "0001-01-01", "9999-12-31", null, "2024-02-29"]),
        ("moment", "TIMESTAMP", "timestamp without time zone", ["2026-03-04 05:06:07.123456", "1970-01-01 00:00:00", null, "0001-01-01 00:00:00", "9999-12-31 23:59:59.999999"]),
    ];

    [SkippableFact]
    public void Every_mapped_type_arrives_value_for_value_with_nulls_nan_and_infinities()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = DuckWithEveryType();
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();

        var rows = PostgresCopy.Copy(duck, "SELECT * FROM every_type ORDER BY id", target, "features.every_type");

        Assert.Equal(5, rows);
        Assert.Equal(["id integer", .. Columns.Select(c => $"{c.Name} {c.Postgres}")], ColumnTypes(target, "features", "every_type"));
        foreach (var column in Columns)
            Assert.Equal(column.Values, Texts(target, $"SELECT {Quote(column.Name)}::text FROM features.every_type ORDER BY id"));
    }

    [SkippableFact]
    public void Binary_values_equal_the_source_not_only_their_text()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = Duck("CREATE TABLE t AS SELECT i AS id, i / 7.0 AS ratio, (i / 3.0)::FLOAT AS third FROM range(1000) r(i)");
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();
        PostgresCopy.Copy(duck, "SELECT * FROM t", target, "public.t");

        using var command = new NpgsqlCommand("SELECT id, ratio, third FROM t ORDER BY id", target);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            Assert.Equal(i / 7.0, reader.GetDouble(1));
            Assert.Equal((float)(i / 3.0), reader.GetFloat(2));
        }
    }

    [SkippableFact]
    public void Many_rows_of_many_columns_arrive_in_their_columns()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var columns = Enumerable.Range(0, 40).Select(c => (c % 4) switch
        {
            0 => $"i * {c + 1} AS c{c}",
            1 => $"(i * {c}.25)::DOUBLE AS c{c}",
            2 => $"CASE WHEN i % {c + 2} = 0 THEN NULL ELSE (i % 1000)::DECIMAL(9,2) END AS c{c}",
            _ => $"'v' || (i % {c + 3}) AS c{c}",
        });
        using var duck = Duck($"CREATE TABLE wide AS SELECT {string.Join(", ", columns)} FROM range(20000) r(i)");
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();

        Assert.Equal(20000, PostgresCopy.Copy(duck, "SELECT * FROM wide", target, "features.wide"));

        var checks = string.Join(", ", Enumerable.Range(0, 40).Select(c => (c % 4) == 3 ? $"sum(length(c{c}))::BIGINT" : $"count(c{c})::BIGINT, sum(c{c})::DOUBLE"));
        using var duckCommand = duck.CreateCommand();
        duckCommand.CommandText = $"SELECT {checks} FROM wide";
        using var duckReader = duckCommand.ExecuteReader();
        duckReader.Read();
        var expected = Enumerable.Range(0, duckReader.FieldCount).Select(i => Convert.ToDouble(duckReader.GetValue(i))).ToArray();
        var actual = Texts(target, $"SELECT unnest(ARRAY[{checks.Replace("::BIGINT", "::DOUBLE PRECISION").Replace("::DOUBLE", "::DOUBLE PRECISION").Replace("PRECISION PRECISION", "PRECISION")}])::text FROM features.wide")
            .Select(t => double.Parse(t!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public void Dates_and_timestamps_arrive_past_the_dotnet_range_and_as_infinities()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = Duck("SELECT 1");
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();
        PostgresCopy.Copy(duck, "SELECT * FROM (VALUES (1, 'infinity'::DATE, 'infinity'::TIMESTAMP), (2, '-infinity'::DATE, '-infinity'::TIMESTAMP), " +
                                "(3, DATE '10000-01-01', TIMESTAMP '10000-01-01 00:00:01'), (4, DATE '0044-03-15 (BC)', TIMESTAMP '0044-03-15 (BC) 12:00:00'), " +
                                "(5, DATE '2000-01-01', TIMESTAMP '1999-12-31 23:59:59.999999')) t(id, day, moment)", target, "far");
        Assert.Equal(["infinity", "-infinity", "10000-01-01", "0044-03-15 BC", "2000-01-01"], Texts(target, "SELECT day::text FROM far ORDER BY id"));
        Assert.Equal(["infinity", "-infinity", "10000-01-01 00:00:01", "0044-03-15 12:00:00 BC", "1999-12-31 23:59:59.999999"], Texts(target, "SELECT moment::text FROM far ORDER BY id"));
    }

    [SkippableFact]
    public void A_decimal_value_wider_than_28_digits_is_refused_not_rounded()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = Duck("SELECT 1");
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();
        var error = Assert.Throws<WarehouseException>(() => PostgresCopy.Copy(duck, "SELECT 1.5::DECIMAL(38,2) AS total UNION ALL SELECT 123456789012345678901234567890.12", target, "sums"));
        Assert.Equal("sums: column 'total' (DECIMAL(38,2)) holds 123456789012345678901234567890.12, more than the 28 digits the copy to PostgreSQL carries exactly; " +
                     "cast it in the query to DOUBLE or to a DECIMAL of at most 28 digits. The PostgreSQL table was left as it was.", error.Message);
        Assert.Empty(Texts(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Theory]
    [InlineData("[1, 2]", "INTEGER[]")]
    [InlineData("gen_random_uuid()", "UUID")]
    [InlineData("'\\xAA'::BLOB", "BLOB")]
    [InlineData("TIMESTAMPTZ '2026-01-01 00:00:00+00'", "TIMESTAMP WITH TIME ZONE")]
    [InlineData("INTERVAL 3 DAY", "INTERVAL")]
    [InlineData("42::UINTEGER", "UINTEGER")]
    [InlineData("{'a': 1}", "STRUCT(a INTEGER)")]
    [InlineData("TIME '12:00:00'", "TIME")]
    public void A_type_the_copy_does_not_carry_is_refused_by_column_and_type(string expression, string type)
    {
        // No server needed: the refusal comes before anything is sent.
        using var duck = Duck("SELECT 1");
        using var unopened = new NpgsqlConnection("Host=127.0.0.1");
        var error = Assert.Throws<WarehouseException>(() => PostgresCopy.Copy(duck, $"SELECT 1 AS fine, {expression} AS odd", unopened, "features.t"));
        Assert.Equal($"features.t: column 'odd' is {type}, which the copy to PostgreSQL does not carry; cast it in the query to BOOLEAN, an integer, FLOAT, DOUBLE, DECIMAL, VARCHAR, DATE or TIMESTAMP.", error.Message);
    }

    [SkippableTheory]
    [InlineData("SELECT CASE WHEN i < 150000 THEN i ELSE error('the source broke') END AS x, 'new' AS shape FROM range(200000) r(i)", "cannot read the rows to copy from DuckDB")]
    [InlineData("SELECT i AS x, CASE WHEN i = 150000 THEN 'nul ' || chr(0) ELSE 'ok' END AS shape FROM range(200000) r(i)", "the copy to PostgreSQL failed")]
    public void A_copy_that_fails_midway_leaves_the_earlier_table_as_it_was(string failing, string expected)
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = Duck("SELECT 1");
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();
        Assert.Equal(3, PostgresCopy.Copy(duck, "SELECT i AS earlier FROM range(3) r(i)", target, "features.scores"));

        var error = Assert.Throws<WarehouseException>(() => PostgresCopy.Copy(duck, failing, target, "features.scores"));

        Assert.Contains(expected, error.Message);
        Assert.Contains("table was left as it was", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(["earlier bigint"], ColumnTypes(target, "features", "scores"));
        Assert.Equal(["0", "1", "2"], Texts(target, "SELECT earlier::text FROM features.scores ORDER BY 1"));
        Assert.Equal(["features.scores"], Texts(target, "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = 'features'"));
        Assert.Equal(["still usable"], Texts(target, "SELECT 'still usable'"));
    }

    [SkippableFact]
    public void A_later_copy_replaces_the_table_whole()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = Duck("SELECT 1");
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();
        PostgresCopy.Copy(duck, "SELECT i AS a, i * 2 AS b FROM range(10) r(i)", target, "scores");
        Assert.Equal(2, PostgresCopy.Copy(duck, "SELECT 'x' || i AS c FROM range(2) r(i);", target, "scores"));
        Assert.Equal(["c text"], ColumnTypes(target, "public", "scores"));
        Assert.Equal(["x0", "x1"], Texts(target, "SELECT c FROM public.scores ORDER BY c"));
        Assert.Equal(0, PostgresCopy.Copy(duck, "SELECT 1 AS d WHERE false", target, "scores"));
        Assert.Equal(["d integer"], ColumnTypes(target, "public", "scores"));
    }

    [SkippableFact]
    public void A_warehouse_table_copies_from_its_attached_catalog()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var folder = new TempFolder();
        using var warehouse = LeadScore.Warehouse.Warehouse.Open(folder.File("ws.duckdb"));
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "CREATE SCHEMA features; CREATE TABLE features.prospects AS SELECT i AS advisor_crd, DATE '2026-01-01' + i::INTEGER AS as_of FROM range(5) r(i)";
            command.ExecuteNonQuery();
        }
        using var database = PostgresServer.NewDatabase();
        using var target = database.Open();
        Assert.Equal(5, PostgresCopy.Copy(warehouse.DuckDb, $"SELECT * FROM {LeadScore.Warehouse.Warehouse.CatalogName}.features.prospects", target, "features.prospects"));
        Assert.Equal(["2026-01-05"], Texts(target, "SELECT max(as_of)::text FROM features.prospects"));
    }

    [Theory]
    [InlineData("a.b.c")]
    [InlineData("")]
    [InlineData(".t")]
    [InlineData("features.")]
    [InlineData("features.a_name_longer_than_sixty_three_bytes_which_postgresql_would_cut_short")]
    public void A_bad_table_name_is_refused(string table)
    {
        // No server needed: the refusal comes before anything is sent.
        using var duck = Duck("SELECT 1");
        using var unopened = new NpgsqlConnection("Host=127.0.0.1");
        var error = Assert.Throws<WarehouseException>(() => PostgresCopy.Copy(duck, "SELECT 1 AS x", unopened, table));
        Assert.StartsWith($"'{table}' is not a table name for PostgreSQL", error.Message);
    }

    private static DuckDBConnection DuckWithEveryType()
    {
        var definitions = string.Join(", ", Columns.Select(c => $"{Quote(c.Name)} {c.DuckDb}"));
        var rows = Enumerable.Range(0, 5).Select(r =>
            $"({r + 1}, {string.Join(", ", Columns.Select(c => c.Values[r] is { } v ? $"CAST({Literal(v)} AS {c.DuckDb})" : "NULL"))})");
        return Duck($"CREATE TABLE every_type (id INTEGER, {definitions}); INSERT INTO every_type VALUES {string.Join(", ", rows)}");
    }

    private static DuckDBConnection Duck(string sql)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return connection;
    }

    private static List<string> ColumnTypes(NpgsqlConnection target, string schema, string table) =>
        Texts(target, "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute " +
                      $"WHERE attrelid = '{schema}.{table}'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum")!.Select(t => t!).ToList();

    private static List<string?> Texts(NpgsqlConnection target, string sql)
    {
        using var command = new NpgsqlCommand(sql, target);
        using var reader = command.ExecuteReader();
        var texts = new List<string?>();
        while (reader.Read()) texts.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        return texts;
    }

    private static string Quote(string name) => LeadScore.Data.Sql.Identifier(name);

    private static string Literal(string value) => LeadScore.Data.Sql.Literal(value);
}
