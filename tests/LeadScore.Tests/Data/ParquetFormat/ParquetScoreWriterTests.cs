using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data.ParquetFormat;

public class ParquetScoreWriterTests
{
    private static readonly TreeEnsemble Model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");
    private static readonly IReadOnlyList<FeatureSpec> Features = FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers").BindTo(Model);

    [Theory]
    [InlineData(128, false)] // most batches have more distinct values than half their rows: the labels are written PLAIN
    [InlineData(FileScoring.DefaultBatchRows, true)] // one batch of 1,000 rows and about 200 labels: a dictionary
    public async Task A_predict_run_writes_the_values_the_Parquet_Net_writer_wrote(int batchRows, bool labelsInDictionary)
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 1000);
        var output = folder.File("scores.parquet");
        // With two features, the third reason is always NULL.
        using (var job = FileScoring.Open(new FileScoringRequest(Model, Features, csv, output, Shap: true, TopK: 3,
            BatchRows: batchRows, Calibrate: Calibrate)))
            job.Run();
        var reference = folder.File("reference.parquet");
        WriteReference(csv, reference);

        ReadBack.AssertSame(await ReadBack.WithParquetNet(reference), await ReadBack.WithParquetNet(output));
        ReadBack.AssertSame(ReadBack.WithDuckDb(reference), ReadBack.WithDuckDb(output));
        var valueEncodings = ReadBack.Query($"SELECT encodings FROM parquet_metadata('{output}') WHERE path_in_schema = 'top1_value'");
        Assert.Equal(labelsInDictionary, valueEncodings.All(r => ((string)r["encodings"]!).Contains("RLE_DICTIONARY")));
        Assert.Contains(valueEncodings, r => ((string)r["encodings"]!).Contains("RLE_DICTIONARY"));
    }

    [Fact]
    public void The_file_appears_only_on_commit()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 10);
        var batch = Scored(csv);
        var layout = new OutputLayout("lead_id", Features, shap: false, topK: 1);
        using (var abandoned = new ParquetScoreWriter(folder.File("abandoned.parquet"), layout, threads: 1))
            abandoned.Write(batch);
        using (var kept = new ParquetScoreWriter(folder.File("kept.parquet"), layout, threads: 1))
        {
            kept.Write(batch);
            Assert.Equal(["leads.csv"], folder.Files().Where(f => !f.StartsWith('.')));
            kept.Commit();
        }
        Assert.Equal(["kept.parquet", "leads.csv"], folder.Files().Order());
        Assert.Equal(10, SomeFiles.Read(folder.File("kept.parquet")).Count);
    }

    private static float Calibrate(float margin, float probability) => probability * 0.9f + 0.05f;

    // The whole file as one batch, scored and explained as a predict run does, written by the Parquet.Net writer.
    private static void WriteReference(string csv, string path)
    {
        using var writer = new ParquetNetScoreWriter(path, new OutputLayout("lead_id", Features, shap: true, topK: 3, Calibrate));
        writer.Write(Scored(csv, topK: 3));
        writer.Commit();
    }

    private static ScoredBatch Scored(string csv, int topK = 1)
    {
        using var reader = FeatureReader.Open(csv, Features, "lead_id");
        var batch = new ScoredBatch(Features.Count, (int)reader.RowCount, explain: true, topK);
        reader.Read(batch.Input, batch.Ids);
        new BatchScorer(new EnsembleScorer(Model), 1).Run(batch.Input, batch.Scores, explain: true);
        ReasonCodes.TopK(batch.Input, batch.Scores, 0, batch.Count, topK, batch.Reasons);
        return batch;
    }
}
