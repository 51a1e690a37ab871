namespace LeadScore.Data.Labeled;

/// <summary>
/// Rows read for training or evaluation: one float column per feature (NaN = missing), the 0/1 label and,
/// when the table has a date column, each row's date. Rows keep the table's order.
/// </summary>
public sealed class LabeledRows
{
    public LabeledRows(IReadOnlyList<string> features, float[][] columns, int[] labels, DateOnly[]? dates)
    {
        if (columns.Length != features.Count) throw new ArgumentException("one column per feature");
        if (columns.Any(c => c.Length != labels.Length)) throw new ArgumentException("every column needs one value per label");
        if (dates is not null && dates.Length != labels.Length) throw new ArgumentException("one date per label");
        Features = features;
        Columns = columns;
        Labels = labels;
        Dates = dates;
    }

    public IReadOnlyList<string> Features { get; }

    /// <summary>Feature-major values: Columns[f][row].</summary>
    public float[][] Columns { get; }

    public int[] Labels { get; }

    public DateOnly[]? Dates { get; }

    public int Count => Labels.Length;

    public int Positives => Labels.Count(l => l == 1);

    /// <summary>The rows whose index is listed, in that order.</summary>
    public LabeledRows Take(IReadOnlyList<int> rows) =>
        new(Features,
            Columns.Select(c => rows.Select(r => c[r]).ToArray()).ToArray(),
            rows.Select(r => Labels[r]).ToArray(),
            Dates is null ? null : rows.Select(r => Dates[r]).ToArray());

    /// <summary>The rows whose date lies in <paramref name="range"/>.</summary>
    public LabeledRows In(DateRange range) =>
        Take(Enumerable.Range(0, Count).Where(r => range.Contains(Dates![r])).ToArray());

    /// <summary>The same rows without the features in <paramref name="drop"/>.</summary>
    public LabeledRows Without(IReadOnlySet<string> drop)
    {
        var keep = Enumerable.Range(0, Features.Count).Where(f => !drop.Contains(Features[f])).ToArray();
        return new(keep.Select(f => Features[f]).ToArray(), keep.Select(f => Columns[f]).ToArray(), Labels, Dates);
    }

    /// <summary>Values row after row, as LightGBM's dense-matrix API takes them.</summary>
    public float[] RowMajor()
    {
        int n = Count, m = Features.Count;
        var values = new float[(long)n * m];
        for (int f = 0; f < m; f++)
        {
            var column = Columns[f];
            for (int r = 0; r < n; r++) values[(long)r * m + f] = column[r];
        }
        return values;
    }
}
