using System.Globalization;
using DuckDB.NET.Data;
using LeadScore.Engine.Scoring;
using LeadScore.Models.Calibration;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>
/// The SQL of <see cref="HandBuiltModel"/> in every dialect, pinned by golden files under Golden/ (reviewed by eye;
/// regenerate with LEADSCORE_UPDATE_GOLDEN=1 and read the diff), and read by node-sql-parser's grammars.
/// </summary>
public class CompiledGoldenTests
{
    public static TheoryData<string, string> Goldens => new()
    {
        { "bigquery", "isotonic" }, { "bigquery", "platt" },
        { "duckdb", "isotonic" }, { "duckdb", "platt" },
        { "postgres", "isotonic" }, { "postgres", "platt" },
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void The_hand_built_model_compiles_to_its_golden_SQL(string dialect, string calibrator)
    {
        var compiled = ModelSql.Compile(HandBuiltModel.Request(SqlDialect.Parse(dialect), Calibrator(calibrator)));
        Assert.Single(compiled.Statements);
        GoldenFile.Check(GoldenPath(dialect, calibrator), compiled.Script);
    }

    [SkippableTheory]
    [InlineData("bigquery", "bigquery")]
    [InlineData("postgres", "postgresql")]
    public void The_golden_SQL_parses_with_node_sql_parser(string dialect, string grammar)
    {
        Skip.If(SqlGrammar.SkipReason is not null, SqlGrammar.SkipReason);
        var files = new[] { "isotonic", "platt" }.Select(c => GoldenFile.Path(GoldenPath(dialect, c))).ToArray();
        var parsed = SqlGrammar.Parse(grammar, files.Select(File.ReadAllText).ToArray());
        Assert.True(SqlGrammar.Refusals(parsed) is null, SqlGrammar.Refusals(parsed));
        foreach (var statement in parsed)
        {
            Assert.Equal([HandBuiltModel.Table(SqlDialect.Parse(dialect))], statement.Reads);
            Assert.Equal(["lead_id", "margin", "probability", "calibrated_probability"], statement.Returns);
        }
    }

    /// <summary>Rows on the edges: values on a float32 threshold, on its double midpoint and just past it, NULL, NaN.</summary>
    private static readonly (string? Channel, double? Tenure, double? Aum, double Advisors)[] EdgeRows =
    [
        ("web", 1.0, 0.5, 2),
        ("referral", null, null, 4),
        ("event", 2.5, 0.1, 3),                                            // 0.1 (double) rounds to 0.1f: not below it
        (null, 0.3, 0.09999999, 1),
        ("web", Midpoint(2.5f), Midpoint(0.1f), 5),                        // rounds to even: 2.5f (right), below 0.1f (left)
        ("referral", Math.BitIncrement(Midpoint(2.5f)), Math.BitIncrement(Midpoint(0.1f)), 0),
        ("event", Midpoint(0.3f), 0.10000000149011612, 3),
        ("web", double.NaN, double.NaN, 2.999999),
    ];

    [Theory]
    [InlineData("isotonic")]
    [InlineData("platt")]
    public void DuckDB_runs_its_golden_and_FLOAT64_arithmetic_follows_the_engine_on_edge_rows(string calibrator)
    {
        var model = HandBuiltModel.Model;
        // As the SQL reads the table (doubles; NULL and NaN missing, aum filled with 0.1f), and as the engine reads it (float32).
        var raw = EdgeRows.SelectMany(e => new[]
        {
            e.Channel is null ? double.NaN : HandBuiltModel.Features[0].Categories![e.Channel],
            e.Tenure ?? double.NaN,
            e.Aum is { } a && !double.IsNaN(a) ? a : 0.1f,
            e.Advisors,
        }).ToArray();
        var block = FeatureBlock.FromRows(raw.Select(v => (float)v).ToArray(), 4);
        var engine = new ScoreBlock(4, block.Stride, withShap: false);
        new EnsembleScorer(model).Score(block, engine, 0, block.Count);

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var load = connection.CreateCommand())
        {
            static string Number(double? v) => v is { } x ? $"CAST('{x.ToString("R", CultureInfo.InvariantCulture)}' AS DOUBLE)" : "NULL";
            var rows = EdgeRows.Select((e, i) => $"({i}, {(e.Channel is null ? "NULL" : $"'{e.Channel}'")}, {Number(e.Tenure)}, {Number(e.Aum)}, {Number(e.Advisors)})");
            load.CommandText = "CREATE SCHEMA scoring; CREATE TABLE scoring.prospect_features (lead_id INTEGER, channel VARCHAR, tenure_years DOUBLE, aum DOUBLE, advisors DOUBLE);" +
                               $"INSERT INTO scoring.prospect_features VALUES {string.Join(", ", rows)}";
            load.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(GoldenFile.Path(GoldenPath("duckdb", calibrator)));
        using var reader = command.ExecuteReader();
        int seen = 0;
        while (reader.Read())
        {
            int row = reader.GetInt32(0);
            float margin = engine.Margin[row], probability = engine.Probability[row];
            Assert.Equal(margin, reader.GetDouble(1));
            Assert.Equal(probability, reader.GetDouble(2), 1e-7);
            Assert.Equal((float)Calibrator(calibrator).Apply(margin, probability), reader.GetDouble(3), 1e-7);
            double Feature(int f) => raw[4 * row + f];
            Assert.True(Math.Abs(Float64Scoring.Margin(model, Feature) - margin) <= 1e-6);
            seen++;
        }
        Assert.Equal(EdgeRows.Length, seen);
    }

    private static double Midpoint(float threshold) => Float32Split.For(threshold).Bound;

    public static string GoldenPath(string dialect, string calibrator) => Path.Combine("Warehouse", "Compiled", "Golden", $"{dialect}_{calibrator}.sql");

    public static ScoreCalibrator Calibrator(string name) => name == "platt" ? HandBuiltModel.Platt : HandBuiltModel.Isotonic;
}
