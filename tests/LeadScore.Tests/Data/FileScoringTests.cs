using LeadScore.Storage;
using System.Globalization;
using LeadScore.Data;
using LeadScore.Engine;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data;

public class FileScoringTests
{
    private static readonly TreeEnsemble Model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");
    private static readonly IReadOnlyList<FeatureSpec> Features = FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers").BindTo(Model);

    [Theory]
    [InlineData("scores.csv")]
    [InlineData("scores.parquet")]
    public void Every_row_is_written_with_margin_probability_shap_and_reasons(string name)
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 1000);
        var output = folder.File(name);
        using (var job = FileScoring.Open(new FileScoringRequest(Model, Features, csv, output, Shap: true, TopK: 2, BatchRows: 128)))
            Assert.Equal(1000, job.Run().Rows);

        var rows = SomeFiles.Read(output);
        var expected = Expected(csv);
        Assert.Equal(["lead_id", "margin", "probability", "shap_x0", "shap_x1", "shap_bias", "top1_feature", "top1_value",
            "top1_contribution", "top2_feature", "top2_value", "top2_contribution"], rows[0].Keys);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal($"L{i:D5}", row["lead_id"]);
            Assert.Equal(expected.Margin[i], F(row["margin"]));
            Assert.Equal(expected.Probability[i], F(row["probability"]));
            Assert.Equal(expected.Margin[i], F(row["shap_x0"]) + F(row["shap_x1"]) + F(row["shap_bias"]), 1e-6f);
            if (row["top1_feature"] is { } top)
            {
                Assert.Equal(F(row[$"shap_{top}"]), F(row["top1_contribution"]));
                Assert.True(Math.Abs(F(row["top1_contribution"])) >= Math.Abs(F(row["top2_contribution"] ?? "0")));
            }
        }
    }

    [Fact]
    public void A_categorical_reason_shows_its_label_and_a_missing_value_says_missing()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 3, x0: i => i == 0 ? "" : "0.9", tier: i => "high");
        var output = folder.File("scores.csv");
        using (var job = FileScoring.Open(new FileScoringRequest(Model, Features, csv, output, TopK: 2)))
            job.Run();
        var rows = SomeFiles.Read(output);
        Assert.Contains(rows, r => r["top1_feature"] == "x1" && r["top1_value"] == "high" || r["top2_feature"] == "x1" && r["top2_value"] == "high");
        Assert.True(rows[0]["top1_value"] == "missing" || rows[0]["top2_value"] == "missing");
    }

    [Fact]
    public void Bad_input_leaves_an_earlier_output_untouched_and_no_temporary_files()
    {
        using var folder = new TempFolder();
        var output = folder.File("scores.parquet");
        File.WriteAllText(output, "earlier results");
        var csv = SomeFiles.Csv(folder, 100, tier: i => i == 50 ? "unknown" : "low");
        Assert.Throws<ScoringException>(() => FileScoring.Open(new FileScoringRequest(Model, Features, csv, output)).Run());
        Assert.Equal("earlier results", File.ReadAllText(output));
        Assert.Equal(["leads.csv", "scores.parquet"], folder.Files().Order());
    }

    [Fact]
    public void A_successful_run_replaces_the_earlier_output_in_one_step()
    {
        using var folder = new TempFolder();
        var output = folder.File("scores.csv");
        File.WriteAllText(output, "earlier results");
        var csv = SomeFiles.Csv(folder, 10);
        using (var job = FileScoring.Open(new FileScoringRequest(Model, Features, csv, output)))
            job.Run();
        Assert.Equal(10, SomeFiles.Read(output).Count);
        Assert.Equal(["leads.csv", "scores.csv"], folder.Files().Order());
    }

    [Fact]
    public void Output_paths_that_cannot_work_are_refused_before_reading()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 10);
        Assert.Contains("must end in .parquet or .csv", Assert.Throws<StorageException>(() => FileScoring.Open(new FileScoringRequest(Model, Features, csv, folder.File("scores.txt")))).Message);
        Assert.Contains("is also the input given as --input", Assert.Throws<StorageException>(() => FileScoring.Open(new FileScoringRequest(Model, Features, csv, csv))).Message);
        var job = FileScoring.Open(new FileScoringRequest(Model, Features, csv, folder.File("missing/dir/scores.csv")));
        Assert.Contains("does not exist", Assert.Throws<StorageException>(() => job.Run()).Message);
        job.Dispose();
    }

    private static float F(string? text) => float.Parse(text!, CultureInfo.InvariantCulture);

    private static ScoreBlock Expected(string csv)
    {
        using var reader = LeadScore.Data.Input.FeatureReader.Open(csv, Features, "lead_id");
        var block = new FeatureBlock(2, (int)reader.RowCount);
        reader.Read(block, new string[block.Stride]);
        var scores = new ScoreBlock(2, block.Stride, withShap: true);
        new EnsembleScorer(Model).Explain(block, scores, 0, block.Count);
        return scores;
    }
}
