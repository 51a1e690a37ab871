using System.Buffers;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>Unsigned LEB128: seven bits a byte, least significant first, the high bit set on all bytes but the last.</summary>
internal static class Varint
{
    public static void Write(IBufferWriter<byte> output, ulong value)
    {
        var bytes = output.GetSpan(10);
        int length = 0;
        for (; value >= 0x80; value >>= 7) bytes[length++] = (byte)(value | 0x80);
        bytes[length++] = (byte)value;
        output.Advance(length);
    }
}
