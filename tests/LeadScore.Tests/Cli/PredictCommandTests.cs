using System.Text.Json.Nodes;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class PredictCommandTests
{
    [Fact]
    public void Predict_scores_a_file_and_says_what_it_did()
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var input = SomeFiles.Csv(folder, 300);
        var output = folder.File("scores.parquet");
        var run = CliRun.Of("predict", "--model", model, "--input", input, "--output", output, "--schema", SomeFiles.SchemaFile(folder), "--shap", "--top-k", "2");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("scored 300 rows with 2 trees (XGBoost 3.1.1), schema tiers", run.Out);
        Assert.Equal(300, SomeFiles.Read(output).Count);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "truncated model", "not a readable model" },
        { "categorical split", "has a categorical split" },
        { "missing column", "missing column(s) tier" },
        { "text in a number", "column 'x0' holds text where a number belongs, first at row(s) L00004" },
        { "unknown category", "column 'tier' has value(s) 'gold' the model was not trained with" },
        { "null category", "column 'tier' is empty (NULL/NaN) at row(s) L00002" },
        { "unknown schema", "schema 'v9' is neither a file nor a built-in schema" },
        { "top-k too large", "--top-k 5 must be between 1 and the model's 2 features" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_error_line_a_non_zero_exit_and_keeps_the_earlier_output(string bad, string expected)
    {
        using var folder = new TempFolder();
        var model = SomeModels.XGBoost();
        var schema = SomeFiles.SchemaFile(folder);
        var input = SomeFiles.Csv(folder, 20);
        var extra = new List<string>();
        switch (bad)
        {
            case "truncated model":
                File.WriteAllText(folder.File("model.json"), model.ToJsonString()[..500]);
                break;
            case "categorical split":
                model["learner"]!["gradient_booster"]!["model"]!["trees"]![0]!["split_type"] = new JsonArray(1, 0, 0, 0, 0);
                break;
            case "missing column":
                File.WriteAllText(input, "lead_id,x0\nA,1\n");
                break;
            case "text in a number":
                input = SomeFiles.Csv(folder, 20, x0: i => i == 4 ? "twelve" : "1");
                break;
            case "unknown category":
                input = SomeFiles.Csv(folder, 20, tier: i => i == 9 ? "gold" : "low");
                break;
            case "null category":
                input = SomeFiles.Csv(folder, 20, tier: i => i == 2 ? "" : "low");
                break;
            case "unknown schema":
                schema = "v9";
                break;
            case "top-k too large":
                extra.AddRange(["--top-k", "5"]);
                break;
        }
        if (bad != "truncated model") SomeModels.Save(model, folder);
        var output = folder.File("scores.csv");
        File.WriteAllText(output, "earlier results");
        var before = folder.Files().Order().ToArray();

        var run = CliRun.Of(["predict", "--model", folder.File("model.json"), "--input", input, "--output", output, "--schema", schema, .. extra]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.StartsWith("error: ", run.Err);
        Assert.Contains(expected, run.Err);
        Assert.Equal("", run.Out);
        Assert.Equal("earlier results", File.ReadAllText(output));
        Assert.Equal(before, folder.Files().Order().ToArray());
    }

    [Fact]
    public void A_missing_required_option_is_reported_by_the_parser()
    {
        var run = CliRun.Of("predict", "--model", "m.json");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--input", run.Err);
    }

    [SkippableFact]
    public void The_r3_model_with_only_final_features_json_refuses_null_firm_rep_counts_and_says_which_schema_fills_them()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var run = CliRun.Of("predict", "--model", Fixtures.Path("models", "v4.1.0_r3", "model.json"),
            "--input", Fixtures.Path("leads_v41.parquet"), "--output", folder.File("scores.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("column 'firm_rep_count_at_contact' is empty (NULL/NaN) at row(s)", run.Err);
        Assert.Empty(folder.Files());
    }

    [SkippableFact]
    public void The_r3_model_with_its_built_in_schema_scores_every_real_lead()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var output = folder.File("scores.csv");
        var run = CliRun.Of("predict", "--model", Fixtures.Path("models", "v4.1.0_r3", "model.json"), "--schema", "v4.1.0_r3",
            "--input", Fixtures.Path("leads_v41.parquet"), "--output", output, "--top-k", "3");
        Assert.Equal(0, run.ExitCode);
        var rows = SomeFiles.Read(output);
        Assert.Equal(30738, rows.Count);
        Assert.Equal("L00001", rows[0]["lead_id"]);
        Assert.Equal(0.514963, double.Parse(rows[0]["probability"]!, System.Globalization.CultureInfo.InvariantCulture), 1e-6);
        Assert.Contains(rows, r => r["top1_feature"] == "tenure_bucket_encoded" && r["top1_value"] is "0-12" or "12-24" or "120+" or "24-48" or "48-120" or "Unknown");
    }

    [Fact]
    public void The_avx2_kernel_writes_the_same_scores_as_the_avx512_kernel()
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var input = SomeFiles.Csv(folder, 2000);
        var schema = SomeFiles.SchemaFile(folder);
        string[] Args(string output) => ["predict", "--model", model, "--input", input, "--output", output, "--schema", schema, "--shap"];
        var wide = CliRun.Process(new Dictionary<string, string>(), Args(folder.File("wide.csv")));
        var narrow = CliRun.Process(new Dictionary<string, string> { ["DOTNET_EnableAVX512F"] = "0" }, Args(folder.File("narrow.csv")));
        Assert.Equal(0, wide.ExitCode);
        Assert.Equal(0, narrow.ExitCode);
        Assert.Equal(File.ReadAllText(folder.File("wide.csv")), File.ReadAllText(folder.File("narrow.csv")));
    }
}
