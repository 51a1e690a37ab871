using LeadScore.Data.Labeled;
using LeadScore.Engine.Model;
using LeadScore.Engine.Scoring;

namespace LeadScore.Training.Evaluation;

/// <summary>A model's margins, probabilities and (optionally) SHAP values on labelled rows, from the scoring engine.</summary>
public sealed class ModelScores
{
    private ModelScores(double[] margins, double[] probabilities, double[]? meanAbsShap)
    {
        Margins = margins;
        Probabilities = probabilities;
        MeanAbsShap = meanAbsShap;
    }

    public double[] Margins { get; }

    /// <summary>sigmoid(margin): the model's own output, before any calibration.</summary>
    public double[] Probabilities { get; }

    /// <summary>Mean |SHAP| (log-odds) per model feature, when explained.</summary>
    public double[]? MeanAbsShap { get; }

    /// <summary>Scores <paramref name="rows"/> whose columns are in the model's feature order.</summary>
    public static ModelScores Of(TreeEnsemble model, LabeledRows rows, bool explain, int threads = 0)
    {
        int features = model.FeatureNames.Count;
        if (rows.Features.Count != features) throw new ArgumentException("rows must hold the model's features, in its order");
        var block = FeatureBlock.FromRows(rows.RowMajor(), features);
        var output = new ScoreBlock(features, block.Stride, explain);
        new BatchScorer(new EnsembleScorer(model), threads).Run(block, output, explain);
        var margins = new double[rows.Count];
        var probabilities = new double[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            margins[r] = output.Margin[r];
            probabilities[r] = output.Probability[r];
        }
        double[]? shap = null;
        if (explain)
        {
            shap = new double[features];
            for (int f = 0; f < features; f++)
            {
                var column = output.ShapColumn(f);
                double sum = 0;
                for (int r = 0; r < rows.Count; r++) sum += Math.Abs(column[r]);
                shap[f] = rows.Count == 0 ? 0 : sum / rows.Count;
            }
        }
        return new ModelScores(margins, probabilities, shap);
    }
}
