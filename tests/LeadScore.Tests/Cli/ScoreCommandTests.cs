using LeadScore.Warehouse;
using System.Text.Json.Nodes;
using LeadScore.Registry;
using LeadScore.Tests.Scoring;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

[Collection(ScoringWorldCollection.Name)]
public class ScoreCommandTests(ScoringWorld world)
{
    private const string AsOf = "2025-12-31";

    private string[] Score(string db, params string[] more) =>
        ["score", "--db", db, "--as-of", AsOf, "--model", world.Champion, .. more];

    [Fact]
    public void Score_publishes_the_run_exports_the_champions_rows_and_draws_both_models_scores()
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        var export = folder.File("january.csv");
        var run = CliRun.Of(Score(db, "--shadow", world.Challenger, "--export", export));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("published run 2025-12-31 (attempt 1)", run.Out);
        Assert.Contains("run checks", run.Out);

        var lines = File.ReadAllLines(export);
        Assert.Equal("run_id,advisor_crd,model_version,margin,probability,calibrated_probability,percentile,deprioritize," +
                     "reason1_feature,reason1_value,reason1_contribution,reason2_feature,reason2_value,reason2_contribution," +
                     "reason3_feature,reason3_value,reason3_contribution,narrative", lines[0]);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        Assert.Equal(ScoreStore.Published(warehouse, AsOf)!.Advisors, lines.Length - 1);
        Assert.All(lines.Skip(1).Take(100), l => Assert.Contains(",champion,", l));
        var chart = File.ReadAllText(folder.File("january-scores.svg"));
        Assert.Contains("<svg", chart);
        Assert.Contains("champion (champion)", chart);
        Assert.Contains("challenger (shadow)", chart);
    }

    [Fact]
    public void Scoring_inside_the_warehouse_publishes_the_same_scores_as_the_engine()
    {
        var inProcess = world.Fresh();
        var inSql = world.Fresh();
        var process = CliRun.Of(Score(inProcess, "--shadow", world.Challenger));
        Assert.True(process.ExitCode == 0, process.Err);
        var sql = CliRun.Of(Score(inSql, "--shadow", world.Challenger, "--engine", "sql"));
        Assert.True(sql.ExitCode == 0, sql.Err);
        Assert.Contains("scores and percentiles computed inside the warehouse by", sql.Out);

        string Rows(string db)
        {
            using var warehouse = Store.OpenExisting(db, readOnly: true);
            using var command = warehouse.Connection.CreateCommand();
            command.CommandText = "SELECT model_version, advisor_crd, margin, probability, calibrated_probability, percentile, deprioritize, " +
                                  "reason1_feature, reason2_feature, reason3_feature, narrative FROM scores.prospect_scores ORDER BY model_version, advisor_crd";
            using var reader = command.ExecuteReader();
            var text = new System.Text.StringBuilder();
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                    text.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is double d ? d.ToString("R") : reader.GetValue(i).ToString()).Append('|');
                text.Append('\n');
            }
            return text.ToString();
        }
        var expected = Rows(inProcess).Split('\n');
        var actual = Rows(inSql).Split('\n');
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.Length > 2 * 30_000, $"{expected.Length} rows");
        // Margins, percentiles, reasons and narratives are identical. The probability goes through exp(): the engine's
        // float expf and the warehouse's double exp rounded to float agree except, rarely, in the last bit, which the
        // float32 division can turn into two steps of the probability (under 1e-7); the calibrated probability follows it.
        static string Exact(string row) => string.Join('|', row.Split('|').Where((_, i) => i is not (3 or 4)));
        static double Field(string row, int i) => double.Parse(row.Split('|')[i], System.Globalization.CultureInfo.InvariantCulture);
        int rounded = 0;
        foreach (var (engine, inWarehouse) in expected.Zip(actual).Where(p => p.First.Length > 0))
        {
            Assert.True(Exact(engine) == Exact(inWarehouse), $"engine {engine}\nsql    {inWarehouse}");
            double p = Field(engine, 3), q = Field(inWarehouse, 3);
            Assert.True(Math.Abs(p - q) <= 1e-7, $"engine {engine}\nsql    {inWarehouse}");
            Assert.Equal(Field(engine, 4), Field(inWarehouse, 4), 1e-6);
            if (p != q) rounded++;
        }
        Assert.True(rounded < expected.Length / 1000, $"{rounded} of {expected.Length} probabilities differ in the last bits");
    }

    [Fact]
    public void The_Salesforce_export_writes_the_V4_Lead_fields_of_each_lead_still_in_Contacting()
    {
        var db = world.Fresh();
        Assert.Equal(0, CliRun.Of(Score(db, "--run-id", "jan")).ExitCode);
        using var folder = new TempFolder();
        var csv = folder.File("leads.csv");
        var run = CliRun.Of("export", "salesforce", "--db", db, "--run", "jan", "--out", csv);
        Assert.True(run.ExitCode == 0, run.Err);

        var lines = File.ReadAllLines(csv);
        Assert.Equal("Id,V4_Score__c,V4_Score_Percentile__c,V4_Deprioritize__c,V4_Model_Version__c,V4_Scored_At__c", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.All(rows, r =>
        {
            Assert.Matches(@"^\d+(\.\d{1,2})?$", r[1]);
            Assert.InRange(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), 1, 100);
            Assert.Equal(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture) <= 20 ? "true" : "false", r[3]);
            Assert.Equal("champion", r[4]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r[5]);
        });
        Assert.True(rows.Select(r => r[1]).Distinct().Count() > 100, "two decimals of a percentage keep the score's resolution");
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM raw.leads WHERE stage_entered_contacting__c IS NOT NULL AND stage_entered_call_scheduled__c IS NULL " +
                              "AND NOT coalesce(is_deleted, false) AND TRY_CAST(regexp_replace(fa_crd__c, '[^0-9]', '', 'g') AS BIGINT) IN " +
                              "(SELECT advisor_crd FROM scores.prospect_scores WHERE run_id = 'jan')";
        Assert.Equal(Convert.ToInt64(command.ExecuteScalar()), rows.Length);
    }

    [Fact]
    public void A_run_failing_its_checks_exits_3_and_is_recorded_as_failed()
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        var strict = folder.File("strict.json");
        File.WriteAllText(strict, """{ "psi_warn": 0.000001, "psi_fail": 0.000001 }""");
        var run = CliRun.Of(Score(db, "--checks", strict));
        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("error: run 2025-12-31 failed its checks and was recorded as failed (attempt 1); nothing was published: checks failed: champion skew: ", run.ErrLines[0]);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        Assert.Equal(AttemptStatus.Failed, Assert.Single(ScoreStore.Runs(warehouse)).Status);
        Assert.Null(ScoreStore.Published(warehouse, AsOf));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "after-data", "error: --as-of 2026-06-01 is after the warehouse's data, which ends on " },
        { "no-champion", "has no champion; promote a version" },
        { "unknown-feature", "which the warehouse's feature build does not produce" },
        { "wrong-type", "reads feature 'tenure_months' from column 'tenure_months' as text labels (VARCHAR), but the warehouse builds it as " },
        { "export-is-db", "error: --export " },
        { "export-is-reference", "is also the input given as --reference; writing it would destroy that input." },
        { "chart-in-model", "lies inside " },
        { "unknown-check", "unknown field 'psi_warning'" },
        { "bad-date", "error: --as-of: '2025-13-01' is not a date (YYYY-MM-DD)." },
        { "same-name", "error: two models of the run are named 'champion' (" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_one_clear_line_a_non_zero_exit_and_nothing_published(string @case, string expected)
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        string[] args = @case switch
        {
            "after-data" => ["score", "--db", db, "--as-of", "2026-06-01", "--model", world.Champion],
            "no-champion" => ["score", "--db", db, "--as-of", AsOf, "--registry", RegistryWithoutChampion(folder)],
            "unknown-feature" => Score(db, "--shadow", LeadScore.Tests.Registry.SomeVersions.ModelDirectory(folder, "tiny")),
            "wrong-type" => ["score", "--db", db, "--as-of", AsOf, "--model", WithCategoricalTenure(folder)],
            "export-is-db" => Score(db, "--export", db),
            "export-is-reference" => Score(db, "--reference", Write(folder, "rows.csv", "lead_id\n"), "--export", Path.Combine(folder.Path, "rows.csv")),
            "chart-in-model" => Score(db, "--chart", Path.Combine(world.Champion, "scores.svg")),
            "unknown-check" => Score(db, "--checks", Write(folder, "checks.json", """{ "psi_warning": 0.2 }""")),
            "bad-date" => ["score", "--db", db, "--as-of", "2025-13-01"],
            "same-name" => Score(db, "--shadow", world.Champion),
            _ => throw new ArgumentException(@case),
        };
        var run = CliRun.Of(args);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains(expected, run.ErrLines[0]);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        Assert.False(warehouse.HasTable(ScoreStore.RunsTable), "nothing may be recorded for input refused before the run");
    }

    [Fact]
    public void Exporting_a_run_that_does_not_exist_names_the_published_ones()
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Of(Score(db, "--run-id", "jan")).ExitCode);
        var run = CliRun.Of("export", "salesforce", "--db", db, "--run", "feb", "--out", folder.File("x.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["error: no run feb in this warehouse; published runs: jan."], run.ErrLines);
        Assert.False(File.Exists(folder.File("x.csv")));
    }

    [Fact]
    public void By_default_the_registry_champion_scores_and_every_challenger_scores_in_shadow()
    {
        var db = world.Fresh();
        using var folder = new TempFolder();
        var path = folder.File("registry");
        var registry = ModelRegistry.OpenOrCreate(path);
        registry.Register(world.Champion, "v1", "ana", "test");
        registry.Register(world.Challenger, "v2", "ana", "test");
        // The small world's models miss the production gates; the test is about scoring, so they are promoted by force.
        registry.Promote("v1", ModelStatus.Champion, "ana", "test world", null, force: true);
        registry.Promote("v2", ModelStatus.Challenger, "ana", "test world", null, force: true);

        var run = CliRun.Of("score", "--db", db, "--as-of", AsOf, "--registry", path);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("champion v1: scored and explained", run.Out);
        Assert.Contains("shadow v2: scored and explained", run.Out);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var models = JsonNode.Parse(ScoreStore.Published(warehouse, AsOf)!.Models)!.AsArray();
        Assert.Equal(["v1 champion registry:champion", "v2 shadow registry:v2"],
            models.Select(m => $"{m!["version"]} {m["role"]} {m["source"]}"));
        Assert.All(models, m => Assert.Matches("^[0-9a-f]{64}$", m!["sha256"]!.GetValue<string>()));

        var alone = CliRun.Of("score", "--db", db, "--as-of", AsOf, "--registry", path, "--no-shadow", "--run-id", "alone");
        Assert.True(alone.ExitCode == 0, alone.Err);
        Assert.DoesNotContain("shadow v2", alone.Out);
    }

    [SkippableFact]
    public void An_imported_model_is_checked_against_the_training_rows_given_with_reference()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var db = world.Fresh();
        using var folder = new TempFolder();
        var r3 = folder.File("v4.1.0_r3");
        Directory.CreateDirectory(r3);
        File.Copy(Fixtures.Path("models", "v4.1.0_r3", "model.json"), Path.Combine(r3, "model.json"));
        File.WriteAllText(Path.Combine(r3, "schema.json"), LeadScore.Engine.Schema.FeatureSchemaJson.Write(LeadScore.Engine.Schema.BuiltInSchemas.Find("v4.1.0_r3")!));

        var unchecked_ = CliRun.Of("score", "--db", db, "--as-of", AsOf, "--model", r3, "--run-id", "no-reference");
        Assert.True(unchecked_.ExitCode == 0, unchecked_.Err);
        Assert.Contains("train/serve skew", unchecked_.Out);
        Assert.Contains("not measured", unchecked_.Out);

        // The real R3 model learned on the real leads; the synthetic world's advisors differ from them, and the run says so.
        var run = CliRun.Of("score", "--db", db, "--as-of", AsOf, "--model", r3, "--reference", Fixtures.Path("leads_v41.parquet"), "--run-id", "r3");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("training profile of v4.1.0_r3 from ", run.Out);
        Assert.Contains("skew: experience_years", run.Out);
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var r3Run = Assert.Single(ScoreStore.Runs(warehouse, "r3"));
        Assert.Equal(AttemptStatus.Failed, r3Run.Status);
        Assert.Contains("30,738 rows of ", JsonNode.Parse(r3Run.Models)![0]!["profile"]!.GetValue<string>());
    }

    [Fact]
    public void The_Salesforce_export_refuses_to_overwrite_the_warehouse_it_reads()
    {
        using var folder = new TempFolder();
        var db = folder.File("scores.csv");
        File.Copy(world.Fresh(), db);
        Assert.Equal(0, CliRun.Of(Score(db, "--run-id", "jan")).ExitCode);
        var before = File.ReadAllBytes(db);
        var run = CliRun.Of("export", "salesforce", "--db", db, "--run", "jan", "--out", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: --out {db} is also the input given as --db; writing it would destroy that input. Choose another path.", run.ErrLines.Single());
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    private string RegistryWithoutChampion(TempFolder folder)
    {
        var path = folder.File("registry");
        ModelRegistry.OpenOrCreate(path).Register(world.Champion, "v1", "ana", "test");
        return path;
    }

    private string WithCategoricalTenure(TempFolder folder)
    {
        var copy = folder.File("categorical-tenure");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(world.Champion)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var schemaPath = Path.Combine(copy, "schema.json");
        var schema = JsonNode.Parse(File.ReadAllText(schemaPath))!;
        var tenure = schema["features"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "tenure_months")!.AsObject();
        tenure.Remove("min");
        tenure["categories"] = new JsonObject { ["short"] = 0, ["long"] = 1 };
        File.WriteAllText(schemaPath, schema.ToJsonString());
        return copy;
    }

    private static string Write(TempFolder folder, string name, string text)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
