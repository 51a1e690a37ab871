using LeadScore.Storage;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace LeadScore.Data.Output;

/// <summary>
/// Writes scores as CSV (UTF-8, header row, invariant culture, floats in shortest round-trip form). Formatting is
/// the slow part of CSV, so chunks of rows are formatted in parallel and written in order.
/// </summary>
public sealed class CsvScoreWriter : IScoreWriter
{
    private const int ChunkRows = 4096;
    private readonly AtomicFile file;
    private readonly OutputLayout layout;
    private readonly ParallelOptions parallel;

    public CsvScoreWriter(string path, OutputLayout layout, int threads)
    {
        this.layout = layout;
        parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        file = new AtomicFile(path);
        var header = string.Join(",", layout.ColumnNames.Select(Escape)) + "\n";
        file.Stream!.Write(Encoding.UTF8.GetBytes(header));
    }

    public void Write(ScoredBatch batch)
    {
        int chunks = (batch.Count + ChunkRows - 1) / ChunkRows;
        var buffers = new ArrayBufferWriter<byte>[chunks];
        Parallel.For(0, chunks, parallel, c =>
        {
            var buffer = new ArrayBufferWriter<byte>(ChunkRows * 64);
            int end = Math.Min(batch.Count, (c + 1) * ChunkRows);
            for (int row = c * ChunkRows; row < end; row++) FormatRow(batch, row, buffer);
            buffers[c] = buffer;
        });
        foreach (var buffer in buffers) file.Stream!.Write(buffer.WrittenSpan);
    }

    public void Commit() => file.Commit();

    public void Dispose() => file.Dispose();

    private void FormatRow(ScoredBatch batch, int row, ArrayBufferWriter<byte> o)
    {
        Text(o, batch.Ids[row]);
        Number(o, batch.Scores.Margin[row]);
        Number(o, batch.Scores.Probability[row]);
        if (layout.Calibrate is { } calibrate) Number(o, calibrate(batch.Scores.Margin[row], batch.Scores.Probability[row]));
        if (layout.Shap)
            for (int f = 0; f <= batch.Scores.FeatureCount; f++) Number(o, batch.Scores.ShapValue(row, f));
        foreach (var reason in batch.ReasonsOf(row))
        {
            Text(o, layout.ReasonFeature(reason));
            Text(o, layout.ReasonValue(reason));
            if (reason.Feature >= 0) Number(o, reason.Contribution);
            else Comma(o);
        }
        o.GetSpan(1)[0] = (byte)'\n';
        o.Advance(1);
    }

    private static void Number(ArrayBufferWriter<byte> o, float value)
    {
        Comma(o);
        var span = o.GetSpan(32);
        value.TryFormat(span, out int written, default, CultureInfo.InvariantCulture);
        o.Advance(written);
    }

    private static void Text(ArrayBufferWriter<byte> o, string? value)
    {
        if (o.WrittenCount > 0 && o.WrittenSpan[^1] != (byte)'\n') Comma(o);
        if (string.IsNullOrEmpty(value)) return;
        var text = Escape(value);
        int written = Encoding.UTF8.GetBytes(text, o.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        o.Advance(written);
    }

    private static void Comma(ArrayBufferWriter<byte> o)
    {
        o.GetSpan(1)[0] = (byte)',';
        o.Advance(1);
    }

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
