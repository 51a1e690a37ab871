using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Metrics;
using LeadScore.Tests.Support;
using LeadScore.Training.Split;

namespace LeadScore.Tests.Training;

/// <summary>
/// A table without a date column trains on every row: early stopping and calibration on stratified k-fold
/// cross-validation, a refit on all rows, no TEST figures (the summary says so), or TEST on a separate labelled file.
/// </summary>
public class UndatedTrainingTests
{
    private static readonly string[] Regions = ["north", "south", "east", "west"];

    private static SomeLeads Table(int seed) => new()
    {
        Rows = 5000,
        Features = 85,
        Seed = seed,
        Target = "signed_up",
        DateColumn = null,
        Extra = new Dictionary<string, Func<int, string>> { ["region"] = r => Regions[r % 4] },
    };

    [Fact]
    public void A_table_of_85_numeric_columns_and_a_text_column_trains_with_split_none_and_its_model_beats_a_constant_on_another_file()
    {
        using var folder = new TempFolder();
        var data = Table(7).WriteCsv(folder, "train.csv");
        var other = Table(8).WriteCsv(folder, "other.csv");
        var model = folder.File("model");
        var train = CliRun.Of("train", "--data", data, "--target", "signed_up", "--split-column", "none", "--config", SomeLeads.FastConfig(folder), "--out", model);
        Assert.True(train.ExitCode == 0, train.Err);
        Assert.Contains("no date column (--split-column none): training on every row with stratified 5-fold cross-validation; no TEST window", train.Err);
        Assert.Contains("no date column: every row trains; 5-fold stratified cross-validation on every row", train.Out);
        Assert.Contains("no TEST figures: the table has no date column and no --test-data was given", train.Out);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "training.json")))!;
        Assert.Equal(5, summary["early_stopping"]!["folds"]!.AsArray().Count);
        Assert.Equal(85, summary["features"]!.AsArray().Count);
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(model, "evaluation.json")))!["test"]);
        var gates = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "gates.json")))!["gates"]!.AsArray();
        Assert.Equal("skipped", gates.Single(g => (string?)g!["id"] == "G8.4")!["status"]!.GetValue<string>());

        var scores = folder.File("scores.csv");
        var predict = CliRun.Of("predict", "--model", model, "--input", other, "--output", scores, "--id-column", "region");
        Assert.True(predict.ExitCode == 0, predict.Err);
        var probabilities = SomeFiles.Read(scores).Select(r => double.Parse(r["calibrated_probability"]!, CultureInfo.InvariantCulture)).ToArray();
        var labels = SomeFiles.Read(other).Select(r => int.Parse(r["signed_up"]!, CultureInfo.InvariantCulture)).ToArray();
        double rate = labels.Average();
        Assert.True(RocAuc.Compute(probabilities, labels) > 0.70, $"AUC {RocAuc.Compute(probabilities, labels)}");
        Assert.True(Brier.Score(probabilities, labels) < Brier.Score(labels.Select(_ => rate).ToArray(), labels));

        var evaluate = CliRun.Of("evaluate", "--model", model, "--data", other, "--bootstrap", "200");
        Assert.True(evaluate.ExitCode == 0, evaluate.Err);
        Assert.Contains("every row", evaluate.Out);
        Assert.Contains("--window: 'test' needs a date column, and there is none (the model was trained without dates",
            CliRun.Of("evaluate", "--model", model, "--data", other, "--window", "test").Err);
    }

    [Fact]
    public void A_table_without_the_date_column_and_no_split_options_is_cross_validated_and_test_data_is_measured_once()
    {
        using var folder = new TempFolder();
        var data = Table(7).WriteCsv(folder, "train.csv");
        var other = Table(9).WriteCsv(folder, "holdout.csv");
        var model = folder.File("model");
        var run = CliRun.Of("train", "--data", data, "--target", "signed_up", "--config", SomeLeads.FastConfig(folder), "--out", model, "--test-data", other);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains($"no date column 'contacted_date' in {data} and no split given", run.Err);
        Assert.Contains($"TEST is {other}, measured once on the final model", run.Out);
        var evaluation = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "evaluation.json")))!;
        Assert.Equal(5000, evaluation["test"]!["rows"]!.GetValue<int>());
        Assert.True(evaluation["test"]!["auc"]!["auc"]!.GetValue<double>() > 0.70);
        var gates = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "gates.json")))!["gates"]!.AsArray();
        Assert.Equal("pass", gates.Single(g => (string?)g!["id"] == "G9.3b")!["status"]!.GetValue<string>());
    }

    [Fact]
    public void A_named_date_column_that_is_missing_is_still_an_error()
    {
        using var folder = new TempFolder();
        var data = Table(7).WriteCsv(folder);
        var run = CliRun.Of("train", "--data", data, "--target", "signed_up", "--split-column", "signup_date", "--out", folder.File("m"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no column 'signup_date' (from --split-column)", run.Err);
    }

    [Fact]
    public void Stratified_folds_are_deterministic_and_share_the_conversions_evenly()
    {
        var labels = Enumerable.Range(0, 1003).Select(i => i % 9 == 0 ? 1 : 0).ToArray();
        var folds = StratifiedFolds.Make(labels, 5, 42);
        Assert.Equal(folds.Select(f => f.Held), StratifiedFolds.Make(labels, 5, 42).Select(f => f.Held));
        Assert.NotEqual(folds[0].Held, StratifiedFolds.Make(labels, 5, 43)[0].Held);
        Assert.Equal(Enumerable.Range(0, 1003), folds.SelectMany(f => f.Held).Order());
        var positives = folds.Select(f => f.Held.Count(r => labels[r] == 1)).ToArray();
        Assert.True(positives.Max() - positives.Min() <= 1, string.Join(",", positives));
        Assert.True(folds.Max(f => f.Held.Length) - folds.Min(f => f.Held.Length) <= 2);
    }
}
