using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

/// <summary>
/// Values no model can use, and values the domain forbids, tried as a new user would: each is one error line naming
/// the column and the rows (or the option) and what to do, exit 1, nothing written; or, where the data is only
/// suspicious, a warning with counts.
/// </summary>
public class BadValueTests
{
    private static void AssertOneError(CliRun run, string expected)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Out}{run.Err}");
        Assert.Single(run.ErrLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.DoesNotContain("internal error", run.Err);
        Assert.Contains(expected, run.Err);
    }

    private static string[] Train(string data, string model, params string[] more) =>
        ["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows, "--out", model, .. more];

    [Theory]
    [InlineData("inf", "column 'odd' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) 8")]
    [InlineData("-Infinity", "column 'odd' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) 8")]
    [InlineData("1e308", "column 'odd' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) 8")]
    [InlineData("1e39", "column 'odd' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) 8")]
    public void A_value_no_tree_can_score_in_a_training_or_evaluation_column_names_the_column_and_row(string value, string expected)
    {
        using var folder = new TempFolder();
        var leads = new SomeLeads { Rows = 2000, Features = 3, Extra = new Dictionary<string, Func<int, string>> { ["odd"] = r => r == 7 ? value : (r % 5).ToString() } };
        var data = leads.WriteCsv(folder);
        var model = folder.File("model");
        AssertOneError(CliRun.Of(Train(data, model, "--features", "x00,x01,odd")), expected);
        Assert.False(Directory.Exists(model));

        var clean = new SomeLeads { Rows = 2000, Features = 3, Extra = new Dictionary<string, Func<int, string>> { ["odd"] = r => (r % 5).ToString() } }.WriteCsv(folder, "clean.csv");
        Assert.Equal(0, CliRun.Of(Train(clean, model, "--features", "x00,x01,odd", "--config", SomeLeads.FastConfig(folder))).ExitCode);
        AssertOneError(CliRun.Of("evaluate", "--model", model, "--data", data, "--window", "all", "--bootstrap", "100"), expected);
    }

    [Theory]
    [InlineData("1e39")]
    [InlineData("-1e39")]
    [InlineData("inf")]
    public void Predict_refuses_infinity_and_values_beyond_float32_alike(string value)
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var input = SomeFiles.Csv(folder, 20, x0: i => i == 3 ? value : "1.5");
        var output = folder.File("scores.csv");
        AssertOneError(CliRun.Of("predict", "--model", model, "--schema", SomeFiles.SchemaFile(folder), "--input", input, "--output", output),
            "column 'x0' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) L00003");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_csv_naming_a_column_twice_is_refused_before_anything_is_read_from_either()
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var input = folder.File("dup.csv");
        File.WriteAllText(input, "lead_id,x0,tier,X0\nL1,0.5,low,9\nL2,1.5,high,9\n");
        var output = folder.File("scores.csv");
        AssertOneError(CliRun.Of("predict", "--model", model, "--schema", SomeFiles.SchemaFile(folder), "--input", input, "--output", output),
            "the header names column(s) 'x0/X0' more than once");
        Assert.False(File.Exists(output));
        File.WriteAllText(input, "lead_id,x0,tier,x0\nL1,0.5,low,9\n");
        AssertOneError(CliRun.Of("predict", "--model", model, "--schema", SomeFiles.SchemaFile(folder), "--input", input, "--output", output),
            "the header names column(s) 'x0' more than once");
    }

    [Fact]
    public void Negative_tenure_or_days_in_predict_input_are_scored_with_a_warning_that_counts_them()
    {
        using var folder = new TempFolder();
        var schema = SomeFiles.SchemaFile(folder, """
            { "name": "floored", "features": [ { "name": "x0", "null": "missing", "min": 0 },
              { "name": "x1", "column": "tier", "categories": { "low": 0, "mid": 1, "high": 2 } } ] }
            """);
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var input = SomeFiles.Csv(folder, 50, x0: i => i % 10 == 4 ? "-3" : "1");
        var run = CliRun.Of("predict", "--model", model, "--schema", schema, "--input", input, "--output", folder.File("scores.csv"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains($"warning: {input}: column 'x0' is below 0 in 5 row(s), first at L00004, L00014, L00024, L00034, L00044", run.Err);
        Assert.Equal(50, SomeFiles.Read(folder.File("scores.csv")).Count);
    }

    [Fact]
    public void A_trained_schema_records_a_floor_for_features_never_negative_in_train()
    {
        using var folder = new TempFolder();
        var leads = new SomeLeads { Rows = 2000, Features = 3, Extra = new Dictionary<string, Func<int, string>> { ["tenure"] = r => (r % 40).ToString() } };
        var model = folder.File("model");
        Assert.Equal(0, CliRun.Of(Train(leads.WriteCsv(folder), model, "--config", SomeLeads.FastConfig(folder))).ExitCode);
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(model, "schema.json")))!["features"]!.AsArray();
        Assert.Equal(0, schema.Single(f => (string?)f!["name"] == "tenure")!["min"]!.GetValue<double>());
        Assert.Null(schema.Single(f => (string?)f!["name"] == "x00")!["min"]);
    }

    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["--calibration", "magic"], "error: --calibration: 'magic' is not one of isotonic, platt, none; see leadscore train --help." },
        { ["--train", "2024-06-30..2023-01-01"], "error: --train: '2024-06-30..2023-01-01' starts after it ends; write the earlier date first." },
        { ["--test", "01/08/2024..2024-12-31"], "error: --test: '01/08/2024..2024-12-31' is not FROM..TO with ISO dates" },
        { ["--seed", "abc"], "error: --seed: 'abc' is not a whole number; see leadscore train --help." },
        { ["--seed", "99999999999"], "error: --seed: 99999999999 is too large" },
        { ["--config", "typo.yaml"], "'lightgbmm' is not a setting; did you mean 'lightgbm'?" },
        { ["--config", "typo2.yaml"], "'lightgbm.learning_rte' is not a supported setting" },
        { ["--config", "typo3.yaml"], "'validation.fold' is not a setting; did you mean 'validation.folds'?" },
        { ["--split-column", "none"], "--train: a date window, but --split-column none trains without dates" },
        { ["--test-data", "other.csv"], "--test-data is for a table without a date column; this one is split on 'signup_date'" },
        { ["--split-column", "none", "--test-data", "leads.csv"], "is the training data itself" },
        { ["--config", "missing.yaml"], "--config missing.yaml: no such file or folder" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_is_blamed_on_the_option_or_file_that_gave_it(string[] options, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("typo.yaml"), "lightgbmm:\n  learning_rate: 0.1\n");
        File.WriteAllText(folder.File("typo2.yaml"), "lightgbm:\n  learning_rte: 0.1\n");
        File.WriteAllText(folder.File("typo3.yaml"), "validation:\n  fold: 4\n");
        var data = new SomeLeads { Rows = 1500, Features = 3 }.WriteCsv(folder);
        var model = folder.File("model");
        var args = Train(data, model).ToList();
        for (int i = 0; i < options.Length; i += 2)
        {
            var value = options[i + 1].EndsWith(".yaml", StringComparison.Ordinal) || options[i + 1].EndsWith(".csv", StringComparison.Ordinal)
                ? (options[i + 1] == "missing.yaml" ? "missing.yaml" : folder.File(options[i + 1])) : options[i + 1];
            int at = args.IndexOf(options[i]);
            if (at >= 0) args[at + 1] = value;
            else args.AddRange([options[i], value]);
        }
        if (options.Contains("leads.csv")) args.RemoveRange(args.IndexOf("--train"), 6);
        File.Copy(data, folder.File("other.csv"));
        var run = CliRun.Of([.. args]);
        AssertOneError(run, expected);
        Assert.DoesNotContain("System.", run.Err);
        Assert.DoesNotContain("defaults (v41-r3)", run.Err);
        Assert.False(Directory.Exists(model));
    }

    [Theory]
    [InlineData("500")]
    [InlineData("788000,abc")]
    public void Bench_monthly_refuses_a_size_it_cannot_use_before_building_anything(string advisors)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("bench", "monthly", "--advisors", advisors, "--work", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains($"--advisors: '{advisors}' must be whole numbers of at least 10,000 advisors", run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [SkippableTheory]
    [InlineData("inside")]
    [InlineData("holding")]
    public void Bench_sql_refuses_a_work_folder_inside_or_holding_the_fixtures_before_building_anything(string where)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var fixtures = Fixtures.Root!;
        var work = where == "inside" ? Path.Combine(fixtures, "bench-work") : Path.GetDirectoryName(fixtures)!;
        var before = Directory.GetFileSystemEntries(Path.GetDirectoryName(fixtures)!, "*", SearchOption.AllDirectories).Order().ToArray();
        var run = CliRun.Of("bench", "sql", "--fixtures", fixtures, "--work", work, "--postgres", "");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.StartsWith($"error: --work {work} ", run.Err, StringComparison.Ordinal);
        Assert.Contains("(given as --fixtures)", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(Path.GetDirectoryName(fixtures)!, "*", SearchOption.AllDirectories).Order().ToArray());
    }
}
