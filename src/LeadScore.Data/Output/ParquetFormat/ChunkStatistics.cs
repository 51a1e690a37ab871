using System.Buffers.Binary;
using System.Numerics;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>
/// A column chunk's statistics: its NULLs, and its least and greatest values as PLAIN-encoded bytes, null when the
/// chunk has no values or a NaN (which has no place in the order).
/// </summary>
internal sealed record ChunkStatistics(long Nulls, byte[]? Min, byte[]? Max)
{
    public static ChunkStatistics OfFloats(ReadOnlySpan<float> values, long nulls)
    {
        if (values.IsEmpty || !Range(values, out float min, out float max)) return new(nulls, null, null);
        // Parquet asks for -0.0 as a zero minimum and +0.0 as a zero maximum, whichever zeros the chunk holds.
        if (min == 0) min = -0f;
        if (max == 0) max = 0f;
        return new(nulls, Bytes(min), Bytes(max));
    }

    /// <summary>
    /// The statistics of PLAIN-encoded byte arrays (4-byte length, bytes), ordered by their unsigned bytes; those whose
    /// <paramref name="used"/> entry is false are left out (an empty <paramref name="used"/> leaves out none).
    /// </summary>
    public static ChunkStatistics OfByteArrays(ReadOnlySpan<byte> plain, long nulls, ReadOnlySpan<bool> used = default)
    {
        ReadOnlySpan<byte> min = default, max = default;
        bool any = false;
        for (int at = 0, i = 0; at < plain.Length; i++)
        {
            int length = BinaryPrimitives.ReadInt32LittleEndian(plain[at..]);
            var value = plain.Slice(at + 4, length);
            at += 4 + length;
            if (!used.IsEmpty && !used[i]) continue;
            if (!any || value.SequenceCompareTo(min) < 0) min = value;
            if (!any || value.SequenceCompareTo(max) > 0) max = value;
            any = true;
        }
        return any ? new(nulls, min.ToArray(), max.ToArray()) : new(nulls, null, null);
    }

    // The least and greatest value, a vector at a time; false when there is a NaN.
    private static bool Range(ReadOnlySpan<float> values, out float min, out float max)
    {
        var least = new Vector<float>(float.PositiveInfinity);
        var greatest = new Vector<float>(float.NegativeInfinity);
        var ordered = Vector<int>.AllBitsSet;
        int i = 0;
        for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var vector = new Vector<float>(values[i..]);
            ordered &= Vector.Equals(vector, vector);
            least = Vector.Min(least, vector);
            greatest = Vector.Max(greatest, vector);
        }
        bool hasNaN = ordered != Vector<int>.AllBitsSet;
        min = float.PositiveInfinity;
        max = float.NegativeInfinity;
        for (int lane = 0; lane < Vector<float>.Count; lane++)
        {
            min = Math.Min(min, least[lane]);
            max = Math.Max(max, greatest[lane]);
        }
        foreach (float value in values[i..])
        {
            hasNaN |= float.IsNaN(value);
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }
        return !hasNaN;
    }

    private static byte[] Bytes(float value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        return bytes;
    }
}
