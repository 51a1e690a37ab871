using LeadScore.Data.Input;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;

namespace LeadScore.Cli.Demo;

/// <summary>Every lead of a file scored and explained in memory (the demo's files are small).</summary>
public sealed class ScoredLeads
{
    private ScoredLeads(string[] ids, FeatureBlock input, ScoreBlock scores, IReadOnlyList<FeatureSpec> features, TimeSpan elapsed)
    {
        Ids = ids;
        Input = input;
        Scores = scores;
        Features = features;
        Elapsed = elapsed;
    }

    public string[] Ids { get; }

    public FeatureBlock Input { get; }

    public ScoreBlock Scores { get; }

    public IReadOnlyList<FeatureSpec> Features { get; }

    /// <summary>Time to score and explain (reading excluded).</summary>
    public TimeSpan Elapsed { get; }

    public int Count => Input.Count;

    public static ScoredLeads Score(string path, TreeEnsemble model, IReadOnlyList<FeatureSpec> features, string idColumn = "lead_id", string? table = null)
    {
        using var reader = FeatureReader.Open(path, features, idColumn, table);
        var input = new FeatureBlock(features.Count, (int)reader.RowCount);
        var ids = new string[input.Stride];
        reader.Read(input, ids);
        var scores = new ScoreBlock(features.Count, input.Stride, withShap: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        new BatchScorer(new EnsembleScorer(model), 0).Run(input, scores, explain: true);
        return new ScoredLeads(ids, input, scores, features, watch.Elapsed);
    }

    /// <summary>Largest |Σ SHAP + bias − margin| over all rows: how exactly the explanations add up.</summary>
    public double MaxAdditivityGap()
    {
        double worst = 0;
        for (int row = 0; row < Count; row++)
        {
            double sum = 0;
            for (int f = 0; f <= Scores.FeatureCount; f++) sum += Scores.ShapValue(row, f);
            worst = Math.Max(worst, Math.Abs(sum - Scores.Margin[row]));
        }
        return worst;
    }
}
