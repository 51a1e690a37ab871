using System.Text.Json.Nodes;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class EvaluateCommandTests
{
    [SkippableFact]
    public void Evaluate_reproduces_the_published_R3_test_figures_and_adds_their_intervals()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var run = CliRun.Of("evaluate", "--model", Fixtures.Path("models", "v4.1.0_r3", "model.json"), "--schema", "v4.1.0_r3",
            "--data", Fixtures.Path("leads_v41.parquet"), "--json", folder.File("r3.json"), "--charts", folder.Path);
        Assert.True(run.ExitCode == 0, run.Err);
        var reports = JsonNode.Parse(File.ReadAllText(folder.File("r3.json")))!["reports"]!.AsArray();
        var train = reports[0]!;
        var test = reports[1]!;
        Assert.Equal(0.6944853549983282, train["auc"]!["auc"]!.GetValue<double>(), 12);
        Assert.Equal(0.6198406291803128, test["auc"]!["auc"]!.GetValue<double>(), 12);
        Assert.Equal(0.069653455888176563, test["average_precision"]!.GetValue<double>(), 12);
        Assert.Equal(2.025896, test["top_decile_lift"]!["estimate"]!.GetValue<double>(), 6);
        Assert.Equal([404, 275, 339, 339, 340, 339, 339, 339, 339, 340], test["deciles"]!.AsArray().Select(d => d!["rows"]!.GetValue<int>()));
        Assert.Equal(9.0 / 679, test["bottom20_rate"]!.GetValue<double>(), 12);
        Assert.Equal((4.0 / 404 + 5.0 / 275) / 2, test["bottom20_rate_unweighted"]!.GetValue<double>(), 12);
        double lower = test["auc"]!["lower"]!.GetValue<double>(), upper = test["auc"]!["upper"]!.GetValue<double>();
        Assert.InRange(lower, 0.56, 0.58);
        Assert.InRange(upper, 0.66, 0.68);
        var lift = test["top_decile_lift"]!;
        Assert.True(lift["lower"]!.GetValue<double>() < 2.025896 && 2.025896 < lift["upper"]!.GetValue<double>());
        Assert.Equal("raw model output", test["calibration"]!["scores"]!.GetValue<string>());
        Assert.True(File.Exists(folder.File("test-lift.svg")));
        Assert.Contains("published R3", run.Out.Replace("(test)", ""), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_baseline_model_is_compared_on_the_same_rows_with_a_paired_DeLong_test()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var run = CliRun.Of("evaluate", "--model", Fixtures.Path("models", "v4.1.0_r3", "model.json"), "--schema", "v4.1.0_r3",
            "--data", Fixtures.Path("leads_v41.parquet"), "--baseline", Fixtures.Path("models", "v4.0.0", "model.json"),
            "--baseline-schema", "v4.0.0", "--bootstrap", "200", "--json", folder.File("c.json"));
        Assert.True(run.ExitCode == 0, run.Err);
        var comparison = JsonNode.Parse(File.ReadAllText(folder.File("c.json")))!["comparison"]!;
        Assert.Equal(0.6198406291803128, comparison["auc_a"]!.GetValue<double>(), 12);
        Assert.Equal(0.584704, comparison["auc_b"]!.GetValue<double>(), 6);
        Assert.True(comparison["lower"]!.GetValue<double>() > 0, "R3 beats V4.0.0 on the V4.1 TEST rows");
        Assert.InRange(comparison["p_value"]!.GetValue<double>(), 0.001, 0.05);
        Assert.Contains("paired DeLong, same 3,393 rows", run.Out);
    }

    [Fact]
    public void A_window_with_no_rows_and_a_bad_window_are_clear_errors()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 500, Features = 3 }.WriteCsv(folder);
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var empty = CliRun.Of("evaluate", "--model", model, "--data", data, "--target", "converted", "--split-column", "signup_date");
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("the test window 2025-09-01..2025-10-31 holds no rows", empty.Err);
        var bad = CliRun.Of("evaluate", "--model", model, "--data", data, "--target", "converted", "--split-column", "signup_date", "--window", "last year");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--window: 'last year' is not test, train, all or FROM..TO", bad.Err);
    }
}
