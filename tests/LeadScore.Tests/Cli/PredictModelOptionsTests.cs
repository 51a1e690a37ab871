using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LeadScore.LightGbm;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class PredictModelOptionsTests
{
    [Fact]
    public void Best_iteration_keeps_only_the_trees_up_to_the_recorded_one()
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);   // best_iteration "0": tree 0 only
        var input = SomeFiles.Csv(folder, 3, x0: i => "0.4", tier: i => "high");
        var output = folder.File("scores.csv");
        var run = CliRun.Of("predict", "--model", model, "--input", input, "--output", output, "--schema", SomeFiles.SchemaFile(folder), "--best-iteration");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("with 1 trees", run.Out);
        Assert.All(SomeFiles.Read(output), r => Assert.Equal(0.3f, float.Parse(r["margin"]!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Best_iteration_on_a_model_without_one_is_an_error()
    {
        using var folder = new TempFolder();
        var json = SomeModels.XGBoost();
        ((JsonObject)json["learner"]!["attributes"]!).Remove("best_iteration");
        var run = CliRun.Of("predict", "--model", SomeModels.Save(json, folder), "--input", SomeFiles.Csv(folder, 3),
            "--output", folder.File("s.csv"), "--schema", SomeFiles.SchemaFile(folder), "--best-iteration");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--best-iteration was given but the model records no best_iteration", run.Err);
    }

    [Fact]
    public void A_lightgbm_text_model_file_scores_like_lightgbm()
    {
        using var folder = new TempFolder();
        var text = LightGbmModels.TrainSmallModel(2000, 6, 30, 15, 9, out var x);
        var model = folder.File("model.txt");
        File.WriteAllText(model, text);
        var csv = new StringBuilder("lead_id," + string.Join(",", Enumerable.Range(0, 6).Select(f => $"Column_{f}")) + "\n");
        for (int row = 0; row < 2000; row++)
        {
            var values = Enumerable.Range(0, 6).Select(f => float.IsNaN(x[row * 6 + f]) ? "" : x[row * 6 + f].ToString("R", CultureInfo.InvariantCulture));
            csv.Append("R").Append(row).Append(',').Append(string.Join(",", values)).Append('\n');
        }
        File.WriteAllText(folder.File("rows.csv"), csv.ToString());
        var run = CliRun.Of("predict", "--model", model, "--input", folder.File("rows.csv"), "--output", folder.File("scores.csv"), "--shap");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("LightGBM", run.Out);
        using var booster = LightGbmBooster.LoadFromString(text);
        var probability = booster.PredictProbability(x, 2000, 6);
        var rows = SomeFiles.Read(folder.File("scores.csv"));
        for (int row = 0; row < 2000; row++)
            Assert.Equal(probability[row], double.Parse(rows[row]["probability"]!, CultureInfo.InvariantCulture), 1e-6);
    }
}
