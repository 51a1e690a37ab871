using System.Diagnostics;
using LeadScore.Data.Input;
using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;

namespace LeadScore.Data;

/// <summary>
/// Every row of a file or warehouse table scored and explained in memory (a month of prospects or a leads file:
/// hundreds of thousands of rows, not millions; larger inputs go through <see cref="FileScoring"/>).
/// </summary>
public sealed class ScoredTable
{
    private ScoredTable(string[] ids, FeatureBlock input, ScoreBlock scores, IReadOnlyList<FeatureSpec> features, string idColumn, TimeSpan elapsed)
    {
        Ids = ids;
        Input = input;
        Scores = scores;
        Features = features;
        IdColumn = idColumn;
        Elapsed = elapsed;
    }

    public string[] Ids { get; }

    public FeatureBlock Input { get; }

    public ScoreBlock Scores { get; }

    public IReadOnlyList<FeatureSpec> Features { get; }

    public string IdColumn { get; }

    /// <summary>Time to score and explain (reading excluded).</summary>
    public TimeSpan Elapsed { get; }

    public int Count => Input.Count;

    public static ScoredTable Score(string path, TreeEnsemble model, IReadOnlyList<FeatureSpec> features, string idColumn = "lead_id", string? table = null)
    {
        using var reader = FeatureReader.Open(path, features, idColumn, table);
        var input = new FeatureBlock(features.Count, (int)reader.RowCount);
        var ids = new string[input.Stride];
        reader.Read(input, ids);
        var scores = new ScoreBlock(features.Count, input.Stride, withShap: true);
        var watch = Stopwatch.StartNew();
        new BatchScorer(new EnsembleScorer(model), 0).Run(input, scores, explain: true);
        return new ScoredTable(ids, input, scores, features, idColumn, watch.Elapsed);
    }

    /// <summary>The scores and 0/1 outcomes of the rows whose lead was contacted within <paramref name="window"/>, in table order.</summary>
    public (int[] Rows, double[] Scores, int[] Labels) Outcomes(IReadOnlyDictionary<string, LeadOutcome> outcomes, Labeled.DateRange window)
    {
        var rows = Enumerable.Range(0, Count).Where(i => window.Contains(outcomes[Ids[i]].ContactedDate)).ToArray();
        return (rows, rows.Select(i => (double)Scores.Probability[i]).ToArray(), rows.Select(i => outcomes[Ids[i]].Target).ToArray());
    }

    /// <summary>The <paramref name="k"/> strongest reasons of each of <paramref name="rows"/>, as "feature = value (+contribution)" in log-odds.</summary>
    public IReadOnlyList<string>[] Reasons(IReadOnlyList<int> rows, int k)
    {
        var reasons = new ReasonCode[Input.Stride * k];
        foreach (var row in rows) ReasonCodes.TopK(Input, Scores, row, 1, k, reasons);
        var layout = new OutputLayout(IdColumn, Features, shap: true, topK: k);
        return rows.Select(row => (IReadOnlyList<string>)reasons.AsSpan(row * k, k).ToArray().Where(r => r.Feature >= 0)
            .Select(r => $"{layout.ReasonFeature(r)} = {layout.ReasonValue(r)} ({r.Contribution:+0.000;-0.000})").ToArray()).ToArray();
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
