using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Snappier;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>Where a column chunk lies in the file and what the footer says of it.</summary>
internal sealed record ColumnChunkMetadata(long Offset, int DictionaryPageLength, int CompressedSize, int UncompressedSize,
    ChunkStatistics Statistics)
{
    public bool HasDictionary => DictionaryPageLength > 0;

    public long DataPageOffset => Offset + DictionaryPageLength;
}

/// <summary>
/// Encodes one column's chunk of a row group: a dictionary page for <see cref="DictionaryValues"/>, then one data page
/// (version 1: definition levels for an optional column, then the values), each Snappy-compressed behind its page
/// header. One encoder serves a column for the whole file and keeps its buffers, so they grow to one chunk and stay.
/// </summary>
internal sealed class ColumnChunkEncoder
{
    private readonly ArrayBufferWriter<byte> chunk = new();
    private readonly ArrayBufferWriter<byte> page = new();
    private readonly ArrayBufferWriter<byte> encodedLevels = new();
    private byte[] compressed = [];
    private int[] definitions = [];
    private int[] presentIndices = [];
    private bool[] usedEntries = [];
    private int uncompressedSize;

    /// <summary>The chunk last encoded, its page headers included.</summary>
    public ReadOnlySpan<byte> Bytes => chunk.WrittenSpan;

    /// <summary>Encodes a chunk (checked by the caller to fit the column); its offset in the metadata is 0.</summary>
    public ColumnChunkMetadata Encode(ColumnValues values)
    {
        chunk.ResetWrittenCount();
        uncompressedSize = 0;
        int dictionaryPageLength = 0;
        var statistics = values switch
        {
            FloatValues v => Floats(v.Values.Span),
            OptionalFloatValues v => OptionalFloats(v.Values.Span, v.Present.Span),
            StringValues v => Strings(v.Values.Span),
            DictionaryValues v => Dictionary(v.Indices.Span, v.Dictionary, out dictionaryPageLength),
            _ => throw new UnreachableException(),
        };
        return new ColumnChunkMetadata(0, dictionaryPageLength, chunk.WrittenCount, uncompressedSize, statistics);
    }

    private ChunkStatistics Floats(ReadOnlySpan<float> values)
    {
        WritePage(PageType.DataPage, MemoryMarshal.AsBytes(values), values.Length, ValueEncoding.Plain);
        return ChunkStatistics.OfFloats(values, 0);
    }

    private ChunkStatistics OptionalFloats(ReadOnlySpan<float> values, ReadOnlySpan<bool> present)
    {
        var levels = Buffer(ref definitions, values.Length);
        for (int i = 0; i < levels.Length; i++) levels[i] = present[i] ? 1 : 0;
        int count = StartDataPage(levels);
        var written = MemoryMarshal.Cast<byte, float>(page.GetSpan(count * sizeof(float)));
        for (int i = 0, at = 0; i < values.Length; i++)
            if (present[i]) written[at++] = values[i];
        page.Advance(count * sizeof(float));
        var statistics = ChunkStatistics.OfFloats(written[..count], values.Length - count);
        WritePage(PageType.DataPage, page.WrittenSpan, values.Length, ValueEncoding.Plain);
        return statistics;
    }

    private ChunkStatistics Strings(ReadOnlySpan<string?> values)
    {
        var levels = Buffer(ref definitions, values.Length);
        for (int i = 0; i < levels.Length; i++) levels[i] = values[i] is null ? 0 : 1;
        int count = StartDataPage(levels);
        int start = page.WrittenCount;
        foreach (var value in values)
            if (value is not null) WriteByteArray(value);
        var statistics = ChunkStatistics.OfByteArrays(page.WrittenSpan[start..], values.Length - count);
        WritePage(PageType.DataPage, page.WrittenSpan, values.Length, ValueEncoding.Plain);
        return statistics;
    }

    private ChunkStatistics Dictionary(ReadOnlySpan<int> indices, IReadOnlyList<string> dictionary, out int dictionaryPageLength)
    {
        page.ResetWrittenCount();
        foreach (var entry in dictionary) WriteByteArray(entry);
        WritePage(PageType.DictionaryPage, page.WrittenSpan, dictionary.Count, ValueEncoding.Plain);
        dictionaryPageLength = chunk.WrittenCount;

        var levels = Buffer(ref definitions, indices.Length);
        var present = Buffer(ref presentIndices, indices.Length);
        var used = Buffer(ref usedEntries, dictionary.Count);
        used.Clear();
        int count = 0;
        for (int i = 0; i < indices.Length; i++)
        {
            int index = indices[i];
            levels[i] = index < 0 ? 0 : 1;
            if (index < 0) continue;
            present[count++] = index;
            used[index] = true;
        }
        var statistics = ChunkStatistics.OfByteArrays(page.WrittenSpan, indices.Length - count, used);

        StartDataPage(levels);
        int bitWidth = BitOperations.Log2((uint)Math.Max(dictionary.Count - 1, 1)) + 1;
        page.GetSpan(1)[0] = (byte)bitWidth;
        page.Advance(1);
        RleBitPacked.Write(page, present[..count], bitWidth);
        WritePage(PageType.DataPage, page.WrittenSpan, indices.Length, ValueEncoding.RleDictionary);
        return statistics;
    }

    // Starts an optional column's data page with its definition levels (1 a value, 0 NULL) and their byte length in
    // front; returns how many values there are.
    private int StartDataPage(ReadOnlySpan<int> definitionLevels)
    {
        encodedLevels.ResetWrittenCount();
        RleBitPacked.Write(encodedLevels, definitionLevels, 1);
        page.ResetWrittenCount();
        BinaryPrimitives.WriteInt32LittleEndian(page.GetSpan(4), encodedLevels.WrittenCount);
        page.Advance(4);
        page.Write(encodedLevels.WrittenSpan);
        return definitionLevels.Length - definitionLevels.Count(0);
    }

    private void WriteByteArray(string value)
    {
        var span = page.GetSpan(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        int length = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        page.Advance(4 + length);
    }

    private void WritePage(PageType type, ReadOnlySpan<byte> body, int values, ValueEncoding encoding)
    {
        int size = Snappy.Compress(body, Buffer(ref compressed, Snappy.GetMaxCompressedLength(body.Length)));
        int start = chunk.WrittenCount;
        var header = new ThriftCompact(chunk);
        header.BeginStruct();
        header.I32(1, (int)type);
        header.I32(2, body.Length);
        header.I32(3, size);
        header.BeginStruct(type == PageType.DataPage ? (short)5 : (short)7);
        header.I32(1, values);
        header.I32(2, (int)encoding);
        if (type == PageType.DataPage)
        {
            header.I32(3, (int)ValueEncoding.Rle);
            header.I32(4, (int)ValueEncoding.Rle);
        }
        header.EndStruct();
        header.EndStruct();
        uncompressedSize += chunk.WrittenCount - start + body.Length;
        chunk.Write(compressed.AsSpan(0, size));
    }

    private static Span<T> Buffer<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[length];
        return buffer.AsSpan(0, length);
    }
}
