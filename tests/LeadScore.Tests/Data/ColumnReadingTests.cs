using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Engine;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data;

/// <summary>
/// The input is read column by column from DuckDB's result vectors: every column type, NULLs and ids of every
/// length come through as the row-by-row reader gave them, and integer columns skip the floating-point checks only
/// where they cannot fail.
/// </summary>
public class ColumnReadingTests
{
    private static readonly TreeEnsemble Model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");

    [Theory]
    [InlineData("TINYINT")]
    [InlineData("INTEGER")]
    [InlineData("BIGINT")]
    [InlineData("UBIGINT")]
    [InlineData("HUGEINT")]
    [InlineData("DECIMAL(18,3)")]
    [InlineData("FLOAT")]
    [InlineData("DOUBLE")]
    [InlineData("VARCHAR")]
    public void Every_numeric_type_reads_as_the_float_of_its_value_and_null_follows_the_policy(string type)
    {
        using var folder = new TempFolder();
        var path = folder.File("typed.parquet");
        string[] values = ["0", "1", "7", "100", "NULL", "3", "12"];
        var rows = string.Join(", ", values.Select((v, i) => $"('L{i}', CAST({v} AS {type}), 'mid')"));
        SomeFiles.Execute($"COPY (SELECT * FROM (VALUES {rows}) t(lead_id, x0, tier)) TO '{path}' (FORMAT parquet)");
        var (block, ids) = ReadAll(path);
        Assert.Equal(values.Select((_, i) => $"L{i}"), ids);
        for (int i = 0; i < values.Length; i++)
            Assert.Equal(values[i] == "NULL" ? float.NaN : float.Parse(values[i], System.Globalization.CultureInfo.InvariantCulture), block[i, 0]);
    }

    [Fact]
    public void A_null_in_an_integer_column_is_refused_where_the_schema_refuses_nulls()
    {
        using var folder = new TempFolder();
        var path = folder.File("ints.parquet");
        SomeFiles.Execute($"COPY (SELECT * FROM (VALUES ('A', 1, 'low'), ('B', NULL, 'low'), ('C', 2, 'mid')) t(lead_id, x0, tier)) TO '{path}' (FORMAT parquet)");
        var schema = FeatureSchemaJson.Parse(SomeFiles.TierSchema.Replace("\"null\": \"missing\"", "\"null\": \"reject\""), "s");
        var error = Assert.Throws<ScoringException>(() => ReadAll(path, schema));
        Assert.Contains("'x0'", error.Message);
        Assert.Contains("B", error.Message);
    }

    [Fact]
    public void An_unsigned_128_bit_value_beyond_float32_is_refused_like_an_infinity()
    {
        using var folder = new TempFolder();
        var path = folder.File("huge.csv");
        File.WriteAllText(path, "lead_id,x0,tier\nA,1,low\nB,340282366920938463463374607431768211455,low\n");
        SomeFiles.Execute($"COPY (SELECT lead_id, CAST(x0 AS UHUGEINT) AS x0, tier FROM read_csv('{path}', header = true, all_varchar = true)) " +
                          $"TO '{folder.File("huge.parquet")}' (FORMAT parquet)");
        var error = Assert.Throws<ScoringException>(() => ReadAll(folder.File("huge.parquet")));
        Assert.Contains("infinite or beyond the float32 range", error.Message);
    }

    [Theory]
    [InlineData("FLOAT")]
    [InlineData("DOUBLE")]
    [InlineData("BIGINT")]
    public void Checks_the_quick_screens_do_not_clear_are_counted_exactly(string type)
    {
        // x0: NULL refused, minimum 0. Row B is below the minimum twice over, row D holds NaN (a float's NULL).
        using var folder = new TempFolder();
        var path = folder.File("screened.parquet");
        bool isFloat = type != "BIGINT";
        var d = isFloat ? "'NaN'" : "5";
        SomeFiles.Execute($"COPY (SELECT * FROM (VALUES ('A', CAST(1 AS {type}), 'low'), ('B', CAST(-2 AS {type}), 'low'), " +
                          $"('C', CAST(-3 AS {type}), 'mid'), ('D', CAST({d} AS {type}), 'mid')) t(lead_id, x0, tier)) TO '{path}' (FORMAT parquet)");
        var rejecting = FeatureSchemaJson.Parse(SomeFiles.TierSchema.Replace("\"null\": \"missing\"", "\"null\": \"reject\", \"min\": 0"), "s");
        var features = rejecting.BindTo(Model);
        if (isFloat)
        {
            var error = Assert.Throws<ScoringException>(() => FeatureReader.Open(path, features, "lead_id"));
            Assert.Contains("'x0'", error.Message);
            Assert.Contains("D", error.Message);
        }
        var lenient = FeatureSchemaJson.Parse(SomeFiles.TierSchema.Replace("\"null\": \"missing\"", "\"null\": \"missing\", \"min\": 0"), "s");
        using var reader = FeatureReader.Open(path, lenient.BindTo(Model), "lead_id");
        Assert.Equal(DataFileException.BelowMinimum(path, "x0", 2, 0, ["B", "C"]), Assert.Single(reader.Warnings));
    }

    [Theory]
    [InlineData("'Infinity'")]
    [InlineData("'-Infinity'")]
    [InlineData("1e39")]
    public void A_float_beyond_float32_is_refused_after_the_screen_finds_it(string value)
    {
        using var folder = new TempFolder();
        var path = folder.File("inf.parquet");
        SomeFiles.Execute($"COPY (SELECT * FROM (VALUES ('A', CAST(1 AS DOUBLE), 'low'), ('B', CAST({value} AS DOUBLE), 'low')) t(lead_id, x0, tier)) " +
                          $"TO '{path}' (FORMAT parquet)");
        var error = Assert.Throws<ScoringException>(() => ReadAll(path));
        Assert.StartsWith($"{path}: column 'x0' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) B", error.Message);
    }

    [Fact]
    public void Ids_of_every_length_and_script_and_null_ids_come_through_exactly()
    {
        using var folder = new TempFolder();
        var path = folder.File("ids.parquet");
        string?[] ids = ["", "A", "twelve_bytes", "thirteen_byte", "Ünïcødé-ид-标识-🙂", new string('x', 300), null];
        var rows = string.Join(", ", ids.Select(id => $"({(id is null ? "NULL" : "'" + id + "'")}, 0.5, 'high')"));
        SomeFiles.Execute($"COPY (SELECT * FROM (VALUES {rows}) t(lead_id, x0, tier)) TO '{path}' (FORMAT parquet)");
        var (_, read) = ReadAll(path);
        Assert.Equal(ids.Select(id => id ?? ""), read);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(2048)]
    [InlineData(5000)]
    public void Blocks_of_any_size_cut_the_vectors_without_losing_or_repeating_a_row(int stride)
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 9001);
        var (whole, wholeIds) = ReadAll(csv);
        var features = FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers").BindTo(Model);
        using var reader = FeatureReader.Open(csv, features, "lead_id");
        var block = new FeatureBlock(2, stride);
        var ids = new string[block.Stride];
        int row = 0, n;
        while ((n = reader.Read(block, ids)) > 0)
        {
            for (int i = 0; i < n; i++, row++)
            {
                Assert.Equal(wholeIds[row], ids[i]);
                for (int f = 0; f < 2; f++) Assert.Equal(whole[row, f], block[i, f]);
            }
        }
        Assert.Equal(9001, row);
    }

    [Fact]
    public void The_io_floor_writes_every_row_in_the_runs_shape_from_constant_scores()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 700);
        var features = FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers").BindTo(Model);
        var run = folder.File("run.parquet");
        var floor = folder.File("floor.parquet");
        using (var job = FileScoring.Open(new FileScoringRequest(Model, features, csv, run, Shap: true, TopK: 2, BatchRows: 128)))
            job.Run();
        var result = FileScoring.Floor(new FileScoringRequest(Model, features, csv, floor, Shap: true, TopK: 2, BatchRows: 128));
        Assert.Equal(700, result.Rows);
        var scored = SomeFiles.Read(run);
        var constant = SomeFiles.Read(floor);
        Assert.Equal(scored[0].Keys, constant[0].Keys);
        Assert.Equal(scored.Select(r => r["lead_id"]), constant.Select(r => r["lead_id"]));
        Assert.All(constant, r => Assert.Equal(-0.123456789f, float.Parse(r["shap_bias"]!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(constant, r => Assert.Equal("x0", r["top2_feature"]));
    }

    private static (FeatureBlock Block, string[] Ids) ReadAll(string path, FeatureSchema? schema = null) =>
        FeatureReaderTests.ReadAll(path, schema);
}
