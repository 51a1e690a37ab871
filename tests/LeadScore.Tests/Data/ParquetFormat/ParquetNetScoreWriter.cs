using LeadScore.Data.Output;
using LeadScore.Storage;
using Parquet;
using Parquet.Schema;

namespace LeadScore.Tests.Data.ParquetFormat;

/// <summary>
/// The score writer as it was on Parquet.Net, kept word for word as the reference for what
/// <see cref="ParquetScoreWriter"/> must write: the same ids, floats, labels and NULLs.
/// </summary>
internal sealed class ParquetNetScoreWriter : IScoreWriter
{
    private readonly AtomicFile file;
    private readonly OutputLayout layout;
    private readonly DataField[] fields;
    private readonly ParquetWriter writer;
    private bool closed;

    public ParquetNetScoreWriter(string path, OutputLayout layout)
    {
        this.layout = layout;
        fields = layout.ColumnNames.Select(Field).ToArray();
        file = new AtomicFile(path);
        try
        {
            writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), file.Stream!).GetAwaiter().GetResult();
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Write(ScoredBatch batch)
    {
        int n = batch.Count;
        using var group = writer.CreateRowGroup();
        int c = 0;
        Strings(group, fields[c++], batch.Ids.AsSpan(0, n).ToArray());
        for (int s = 0; s < 2; s++)
            group.WriteAsync<float>(fields[c++], batch.Scores.ColumnMemory(s)[..n]).GetAwaiter().GetResult();
        if (layout.Calibrate is { } calibrate)
        {
            var calibrated = new float[n];
            var margin = batch.Scores.ColumnMemory(0);
            var probability = batch.Scores.ColumnMemory(1);
            Parallel.For(0, n, row => calibrated[row] = calibrate(margin.Span[row], probability.Span[row]));
            group.WriteAsync<float>(fields[c++], calibrated.AsMemory()).GetAwaiter().GetResult();
        }
        int shapColumns = layout.Shap ? batch.Scores.FeatureCount + 1 : 0;
        for (int s = 2; s < 2 + shapColumns; s++)
            group.WriteAsync<float>(fields[c++], batch.Scores.ColumnMemory(s)[..n]).GetAwaiter().GetResult();
        for (int k = 0; k < batch.TopK; k++)
        {
            var names = new string?[n];
            var values = new string?[n];
            var contributions = new float?[n];
            Parallel.For(0, n, row =>
            {
                var reason = batch.Reasons[row * batch.TopK + k];
                names[row] = layout.ReasonFeature(reason);
                values[row] = layout.ReasonValue(reason);
                contributions[row] = reason.Feature >= 0 ? reason.Contribution : null;
            });
            Strings(group, fields[c++], names);
            Strings(group, fields[c++], values);
            group.WriteAsync<float>(fields[c++], contributions.AsMemory()).GetAwaiter().GetResult();
        }
    }

    public void Commit()
    {
        Close();
        file.Commit();
    }

    public void Dispose()
    {
        // An abandoned file is deleted anyway; its footer need not be written correctly.
        try { Close(); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
        file.Dispose();
    }

    // Disposing the Parquet writer writes the footer; it must happen once, before the rename.
    private void Close()
    {
        if (closed) return;
        closed = true;
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static DataField Field(string name) =>
        name is "margin" or "probability" or "calibrated_probability" || name.StartsWith("shap_", StringComparison.Ordinal)
            ? new DataField<float>(name)
            : name.EndsWith("_contribution", StringComparison.Ordinal) ? new DataField<float?>(name) : new DataField<string>(name);

    private static void Strings(ParquetRowGroupWriter group, DataField field, string?[] values) =>
        group.WriteAsync(field, values!).GetAwaiter().GetResult();

}
