using System.Buffers;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>The row groups written so far: their row counts and their chunks, one per column in schema order.</summary>
internal sealed record RowGroupMetadata(int Rows, IReadOnlyList<ColumnChunkMetadata> Columns);

/// <summary>The file's footer: Parquet's FileMetaData (schema, row groups, column chunks) in Thrift's compact protocol.</summary>
internal static class Footer
{
    public static void Write(IBufferWriter<byte> output, IReadOnlyList<ParquetField> fields, IReadOnlyList<RowGroupMetadata> rowGroups)
    {
        var thrift = new ThriftCompact(output);
        thrift.BeginStruct();
        thrift.I32(1, 1);
        thrift.BeginList(2, ThriftType.Struct, fields.Count + 1);
        thrift.BeginStruct();
        thrift.String(4, "schema");
        thrift.I32(5, fields.Count);
        thrift.EndStruct();
        foreach (var field in fields) SchemaElement(thrift, field);
        thrift.I64(3, rowGroups.Sum(g => (long)g.Rows));
        thrift.BeginList(4, ThriftType.Struct, rowGroups.Count);
        foreach (var rowGroup in rowGroups) RowGroup(thrift, fields, rowGroup);
        thrift.String(6, "leadscore");
        // Column orders say that min and max follow each type's own order (floats by value, strings by unsigned
        // bytes); without them, readers may take the statistics for an older, undefined order and ignore them.
        thrift.BeginList(7, ThriftType.Struct, fields.Count);
        foreach (var _ in fields)
        {
            thrift.BeginStruct();
            thrift.BeginStruct(1);
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.EndStruct();
    }

    private static void SchemaElement(ThriftCompact thrift, ParquetField field)
    {
        thrift.BeginStruct();
        thrift.I32(1, (int)field.Type);
        thrift.I32(3, (int)field.Repetition);
        thrift.String(4, field.Name);
        if (field.Type == PhysicalType.ByteArray)
        {
            thrift.I32(6, ParquetCodes.Utf8);
            thrift.BeginStruct(10);
            thrift.BeginStruct(1);
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.EndStruct();
    }

    private static void RowGroup(ThriftCompact thrift, IReadOnlyList<ParquetField> fields, RowGroupMetadata rowGroup)
    {
        thrift.BeginStruct();
        thrift.BeginList(1, ThriftType.Struct, fields.Count);
        for (int c = 0; c < fields.Count; c++) ColumnChunk(thrift, fields[c], rowGroup.Rows, rowGroup.Columns[c]);
        thrift.I64(2, rowGroup.Columns.Sum(c => (long)c.UncompressedSize));
        thrift.I64(3, rowGroup.Rows);
        thrift.I64(5, rowGroup.Columns[0].Offset);
        thrift.I64(6, rowGroup.Columns.Sum(c => (long)c.CompressedSize));
        thrift.EndStruct();
    }

    private static void ColumnChunk(ThriftCompact thrift, ParquetField field, int rows, ColumnChunkMetadata chunk)
    {
        thrift.BeginStruct();
        thrift.I64(2, chunk.Offset);
        thrift.BeginStruct(3);
        thrift.I32(1, (int)field.Type);
        ValueEncoding[] encodings = chunk.HasDictionary
            ? [ValueEncoding.Plain, ValueEncoding.Rle, ValueEncoding.RleDictionary]
            : [ValueEncoding.Plain, ValueEncoding.Rle];
        thrift.BeginList(2, ThriftType.I32, encodings.Length);
        foreach (var encoding in encodings) thrift.I32Element((int)encoding);
        thrift.BeginList(3, ThriftType.Binary, 1);
        thrift.StringElement(field.Name);
        thrift.I32(4, ParquetCodes.Snappy);
        thrift.I64(5, rows);
        thrift.I64(6, chunk.UncompressedSize);
        thrift.I64(7, chunk.CompressedSize);
        thrift.I64(9, chunk.DataPageOffset);
        if (chunk.HasDictionary) thrift.I64(11, chunk.Offset);
        Statistics(thrift, chunk.Statistics);
        thrift.EndStruct();
        thrift.EndStruct();
    }

    private static void Statistics(ThriftCompact thrift, ChunkStatistics statistics)
    {
        thrift.BeginStruct(12);
        thrift.I64(3, statistics.Nulls);
        if (statistics is { Min: { } min, Max: { } max })
        {
            thrift.Binary(5, max);
            thrift.Binary(6, min);
            thrift.Bool(7, true);
            thrift.Bool(8, true);
        }
        thrift.EndStruct();
    }
}
