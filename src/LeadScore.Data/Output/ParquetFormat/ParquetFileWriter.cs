using System.Buffers;
using System.Buffers.Binary;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>
/// Writes a Parquet file with a flat schema, a row group at a time. The columns of a row group are encoded in
/// parallel, each chunk Snappy-compressed in one data page (strings given as dictionary indices get a dictionary
/// page first), then written in order; <see cref="Finish"/> writes the footer. The stream must start the file.
/// </summary>
public sealed class ParquetFileWriter
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();
    private readonly Stream stream;
    private readonly ParquetField[] fields;
    private readonly ParallelOptions parallel;
    private readonly ColumnChunkEncoder[] encoders;
    private readonly List<RowGroupMetadata> rowGroups = [];
    private long position;
    private bool finished;

    /// <summary>Writes the file's opening magic; <paramref name="threads"/> of 0 or less means all cores.</summary>
    public ParquetFileWriter(Stream stream, IReadOnlyList<ParquetField> fields, int threads)
    {
        if (fields.Count == 0) throw new ArgumentException("a Parquet file needs at least one column", nameof(fields));
        if (fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"column '{twice.Key}' is named twice", nameof(fields));
        this.stream = stream;
        this.fields = fields.ToArray();
        parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        encoders = fields.Select(_ => new ColumnChunkEncoder()).ToArray();
        Write(Magic);
    }

    /// <summary>Writes a row group: <paramref name="columns"/> holds one column's values per field, in field order.</summary>
    public void WriteRowGroup(int rows, IReadOnlyList<ColumnValues> columns)
    {
        if (finished) throw new InvalidOperationException("the Parquet file is finished");
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (columns.Count != fields.Length)
            throw new ArgumentException($"{columns.Count} columns given for {fields.Length} fields", nameof(columns));
        for (int c = 0; c < fields.Length; c++)
            if (Mismatch(fields[c], rows, columns[c]) is { } problem)
                throw new ArgumentException($"column '{fields[c].Name}': {problem}", nameof(columns));
        if (rows == 0) return;

        var chunks = new ColumnChunkMetadata[fields.Length];
        Parallel.For(0, fields.Length, parallel, c => chunks[c] = encoders[c].Encode(columns[c]));
        for (int c = 0; c < fields.Length; c++)
        {
            chunks[c] = chunks[c] with { Offset = position };
            Write(encoders[c].Bytes);
        }
        rowGroups.Add(new RowGroupMetadata(rows, chunks));
    }

    /// <summary>Writes the footer; the file is complete once the stream is flushed.</summary>
    public void Finish()
    {
        if (finished) throw new InvalidOperationException("the Parquet file is finished");
        finished = true;
        var footer = new ArrayBufferWriter<byte>();
        Footer.Write(footer, fields, rowGroups);
        Write(footer.WrittenSpan);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.WrittenCount);
        Write(length);
        Write(Magic);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        position += bytes.Length;
    }

    private static string? Mismatch(ParquetField field, int rows, ColumnValues column) => (field.Kind, column) switch
    {
        (ParquetKind.Float, FloatValues v) => Count(v.Values.Length, rows),
        (ParquetKind.OptionalFloat, OptionalFloatValues v) => Count(v.Values.Length, rows) ?? Count(v.Present.Length, rows),
        (ParquetKind.OptionalString, StringValues v) => Count(v.Values.Length, rows),
        (ParquetKind.OptionalString, DictionaryValues v) => Count(v.Indices.Length, rows) ?? Indices(v),
        _ => $"{column.GetType().Name} do not fit a {field.Kind} column",
    };

    private static string? Count(int values, int rows) => values == rows ? null : $"{values} values for {rows} rows";

    private static string? Indices(DictionaryValues column)
    {
        int at = column.Indices.Span.IndexOfAnyExceptInRange(-1, column.Dictionary.Count - 1);
        return at < 0 ? null : $"index {column.Indices.Span[at]} at row {at} is outside the dictionary of {column.Dictionary.Count} (-1 is NULL)";
    }
}
