using System.Buffers;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>
/// Parquet's RLE / bit-packing hybrid, for definition levels and dictionary indices: a run of 8 or more equal values
/// is one RLE run (its length, then the value in whole bytes); the values between runs are bit-packed in groups of 8,
/// least significant bit first, the last group padded with zeros.
/// </summary>
internal static class RleBitPacked
{
    private const int Group = 8;

    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<int> values, int bitWidth)
    {
        int i = 0;
        while (i < values.Length)
        {
            int run = RunLength(values[i..]);
            if (run >= Group)
            {
                Repeated(output, values[i], run, bitWidth);
                i += run;
                continue;
            }
            // Bit-packed runs hold whole groups, so a run of equal values can start only at a group's boundary.
            int start = i;
            do i += Group;
            while (i < values.Length && RunLength(values[i..]) < Group);
            BitPacked(output, values[start..Math.Min(i, values.Length)], bitWidth);
        }
    }

    private static int RunLength(ReadOnlySpan<int> values)
    {
        int other = values.IndexOfAnyExcept(values[0]);
        return other < 0 ? values.Length : other;
    }

    private static void Repeated(IBufferWriter<byte> output, int value, int count, int bitWidth)
    {
        Varint.Write(output, (ulong)count << 1);
        int width = (bitWidth + 7) / 8;
        var bytes = output.GetSpan(width);
        for (int b = 0; b < width; b++) bytes[b] = (byte)(value >> 8 * b);
        output.Advance(width);
    }

    private static void BitPacked(IBufferWriter<byte> output, ReadOnlySpan<int> values, int bitWidth)
    {
        int groups = (values.Length + Group - 1) / Group;
        Varint.Write(output, (ulong)groups << 1 | 1);
        var bytes = output.GetSpan(groups * bitWidth);
        ulong pending = 0;
        int bits = 0, length = 0;
        for (int i = 0; i < groups * Group; i++)
        {
            pending |= (ulong)(uint)(i < values.Length ? values[i] : 0) << bits;
            for (bits += bitWidth; bits >= 8; bits -= 8)
            {
                bytes[length++] = (byte)pending;
                pending >>= 8;
            }
        }
        output.Advance(length);
    }
}
