using System.Numerics;

namespace LeadScore.Engine.Scoring;

/// <summary>
/// A batch of encoded rows, column-major (feature f of row i at <c>[i, f]</c>), each column 64-byte aligned, so
/// the scorer loads sixteen rows of one feature with one instruction. <see cref="Stride"/> is a multiple of 16;
/// rows past <see cref="Count"/> are zero padding the scorer may compute and the caller ignores.
/// </summary>
public sealed class FeatureBlock
{
    public const int Alignment = 16;

    public FeatureBlock(int featureCount, int capacity) => Data = new AlignedColumns(featureCount, capacity);

    public int FeatureCount => Data.Columns;

    /// <summary>Distance between two features' columns; also the most rows the block holds.</summary>
    public int Stride => Data.Stride;

    /// <summary>How many rows hold data.</summary>
    public int Count { get; private set; }

    public AlignedColumns Data { get; }

    public Span<float> Column(int feature) => Data.Column(feature);

    public float this[int row, int feature]
    {
        get => Data[row, feature];
        set => Data[row, feature] = value;
    }

    /// <summary>True when some row holds a NaN (missing value); known once <see cref="SetCount"/> has run.</summary>
    public bool ContainsMissing { get; private set; }

    /// <summary>
    /// Sets the row count once the rows are filled: zeroes the padding after them, so padded lanes hold ordinary
    /// numbers, and notes whether any value is missing, so the scorer can take the fast split rule otherwise.
    /// </summary>
    public void SetCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Stride);
        Count = count;
        for (int f = 0; f < FeatureCount; f++) Data.Column(f)[count..].Clear();
        ContainsMissing = ScanForMissing(0, count);
    }

    /// <summary>True when any value in the rows is NaN (missing), which needs the slower split rule.</summary>
    public bool HasMissing(int start, int count) => ContainsMissing && ScanForMissing(start, count);

    private bool ScanForMissing(int start, int count)
    {
        for (int f = 0; f < FeatureCount; f++)
        {
            var column = Data.Column(f).Slice(start, count);
            int i = 0;
            // NaN is the only value not equal to itself.
            for (; i + Vector<float>.Count <= column.Length; i += Vector<float>.Count)
            {
                var v = new Vector<float>(column[i..]);
                if (!Vector.EqualsAll(v, v)) return true;
            }
            for (; i < column.Length; i++)
                if (float.IsNaN(column[i])) return true;
        }
        return false;
    }

    /// <summary>Builds a block from row-major values (rows × features).</summary>
    public static FeatureBlock FromRows(ReadOnlySpan<float> rowMajor, int featureCount)
    {
        int rows = rowMajor.Length / featureCount;
        var block = new FeatureBlock(featureCount, Math.Max(rows, 1));
        for (int i = 0; i < rows; i++)
            for (int f = 0; f < featureCount; f++)
                block[i, f] = rowMajor[i * featureCount + f];
        block.SetCount(rows);
        return block;
    }

    internal static int RoundUp(int n) => (n + Alignment - 1) / Alignment * Alignment;
}
