using System.Globalization;
using LeadScore.Data;
using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Metrics;
using LeadScore.Scoring.Narratives;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Scores;

namespace LeadScore.Scoring;

/// <summary>
/// One model's scores of a run: every advisor scored and explained (exact TreeSHAP), the percentile on the margin,
/// the deprioritize flag, the top-3 reasons and a narrative from them. Pure computation over a <see cref="ScoredTable"/>.
/// </summary>
public sealed class ScoredModel
{
    private ScoredModel(RunModel model, ScoredTable table, long[] advisors, double[] margins, double[] probabilities, double[]? calibrated,
        int[] percentiles, ReasonCode[] reasons, string[] narratives)
    {
        Model = model;
        Table = table;
        Advisors = advisors;
        Margins = margins;
        Probabilities = probabilities;
        Calibrated = calibrated;
        Percentiles = percentiles;
        Reasons = reasons;
        Narratives = narratives;
    }

    public RunModel Model { get; }

    /// <summary>The rows as read, with the engine's scores and SHAP values.</summary>
    public ScoredTable Table { get; }

    public long[] Advisors { get; }

    public double[] Margins { get; }

    public double[] Probabilities { get; }

    /// <summary>Calibrated probabilities; null when the model has no calibrator.</summary>
    public double[]? Calibrated { get; }

    public int[] Percentiles { get; }

    /// <summary>Three reasons per advisor (advisor i at 3i..3i + 2); Feature −1 marks an empty place.</summary>
    public ReasonCode[] Reasons { get; }

    public string[] Narratives { get; }

    public int Count => Advisors.Length;

    /// <summary>The score people read: the calibrated probability when the model has a calibrator, else the probability.</summary>
    public double[] Score => Calibrated ?? Probabilities;

    /// <summary>
    /// One model's scores; with <paramref name="sql"/>, the margins, probabilities, calibrated probabilities and
    /// percentiles are those the warehouse computed (matched to the table's rows by id), and only the explanations
    /// come from the engine.
    /// </summary>
    public static ScoredModel Of(RunModel model, ScoredTable table, PhraseBook phrases, CompiledScores? sql = null)
    {
        int n = table.Count;
        var advisors = new long[n];
        for (int i = 0; i < n; i++)
            advisors[i] = long.TryParse(table.Ids[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var crd)
                ? crd : throw ScoringRunException.AdvisorIdNotNumeric(table.Ids[i]);
        var margins = new double[n];
        var probabilities = new double[n];
        for (int i = 0; i < n; i++)
        {
            margins[i] = table.Scores.Margin[i];
            probabilities[i] = table.Scores.Probability[i];
        }
        var calibrated = model.Calibrator?.Apply(margins, probabilities);
        var percentiles = margins.All(double.IsFinite) ? Percentile.Of(margins) : new int[n];
        if (sql is not null) (margins, probabilities, calibrated, percentiles) = FromWarehouse(table, sql);
        var reasons = new ReasonCode[table.Input.Stride * ModelScoreRows.Reasons];
        ReasonCodes.TopK(table.Input, table.Scores, 0, n, ModelScoreRows.Reasons, reasons);
        var narratives = new string[n];
        Parallel.For(0, n, () => new Reason[ModelScoreRows.Reasons], (i, _, buffer) =>
        {
            int used = 0;
            for (int k = 0; k < ModelScoreRows.Reasons; k++)
            {
                var r = reasons[i * ModelScoreRows.Reasons + k];
                if (r.Feature < 0) continue;
                buffer[used++] = new Reason(table.Features[r.Feature].Name, r.Value, table.Features[r.Feature].Label(r.Value), r.Contribution);
            }
            narratives[i] = phrases.Narrative(buffer.AsSpan(0, used));
            return buffer;
        }, _ => { });
        return new ScoredModel(model, table, advisors, margins, probabilities, calibrated, percentiles, reasons, narratives);
    }

    // The warehouse's scores in the table's row order; every row scored once, by id.
    private static (double[], double[], double[]?, int[]) FromWarehouse(ScoredTable table, CompiledScores sql)
    {
        int n = table.Count;
        if (sql.Count != n) throw ScoringRunException.SqlRowsDiffer(n, sql.Count);
        var at = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) at[sql.Ids[i]] = i;
        var margins = new double[n];
        var probabilities = new double[n];
        var calibrated = sql.Calibrated is null ? null : new double[n];
        var percentiles = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!at.TryGetValue(table.Ids[i], out var j)) throw ScoringRunException.SqlRowsDiffer(n, sql.Count);
            margins[i] = sql.Margin[j];
            probabilities[i] = sql.Probability[j];
            if (calibrated is not null) calibrated[i] = sql.Calibrated![j];
            percentiles[i] = sql.Percentile[j];
        }
        return (margins, probabilities, calibrated, percentiles);
    }

    /// <summary>The rows as <c>scores.prospect_scores</c> stores them.</summary>
    public ModelScoreRows Rows()
    {
        int n = Count, k = ModelScoreRows.Reasons;
        var layout = new OutputLayout(Table.IdColumn, Table.Features, shap: true, topK: k);
        var features = new string?[n * k];
        var values = new string?[n * k];
        var contributions = new double[n * k];
        for (int at = 0; at < n * k; at++)
        {
            features[at] = layout.ReasonFeature(Reasons[at]);
            values[at] = layout.ReasonValue(Reasons[at]);
            contributions[at] = Reasons[at].Feature < 0 ? double.NaN : Reasons[at].Contribution;
        }
        return new ModelScoreRows(Model.Version, Model.Source.Role.Name(), Advisors, Margins, Probabilities, Calibrated, Percentiles,
            Percentiles.Select(Percentile.Deprioritized).ToArray(), features, values, contributions, Narratives);
    }
}
