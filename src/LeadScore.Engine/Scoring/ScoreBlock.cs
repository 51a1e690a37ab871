namespace LeadScore.Engine.Scoring;

/// <summary>
/// The scorer's output for one <see cref="FeatureBlock"/>, laid out like it: margin and probability per row and,
/// when explaining, one SHAP column per feature followed by the bias column at index FeatureCount.
/// Column-major output goes straight into Parquet columns.
/// </summary>
public sealed class ScoreBlock
{
    private readonly AlignedColumns? shap;

    public ScoreBlock(int featureCount, int stride, bool withShap)
    {
        FeatureCount = featureCount;
        Scores = new AlignedColumns(2, stride);
        Stride = Scores.Stride;
        shap = withShap ? new AlignedColumns(featureCount + 1, stride) : null;
    }

    public int FeatureCount { get; }

    public int Stride { get; }

    public bool HasShap => shap is not null;

    /// <summary>Column 0 margins, column 1 probabilities.</summary>
    internal AlignedColumns Scores { get; }

    internal AlignedColumns Shap => shap ?? throw new InvalidOperationException("this block was scored without SHAP");

    public Span<float> Margin => Scores.Column(0);

    public Span<float> Probability => Scores.Column(1);

    /// <summary>The SHAP column of a feature (or of the bias at index FeatureCount).</summary>
    public Span<float> ShapColumn(int feature) => Shap.Column(feature);

    /// <summary>Margins (column 0), probabilities (1) or, from 2 on, SHAP columns (feature + 2), as memory.</summary>
    public ReadOnlyMemory<float> ColumnMemory(int column) =>
        column < 2 ? Scores.ColumnMemory(column) : Shap.ColumnMemory(column - 2);

    public float ShapValue(int row, int feature) => Shap[row, feature];
}
