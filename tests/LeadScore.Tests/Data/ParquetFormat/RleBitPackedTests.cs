using System.Buffers;
using LeadScore.Data.Output.ParquetFormat;

namespace LeadScore.Tests.Data.ParquetFormat;

public class RleBitPackedTests
{
    [Fact]
    public void Eight_or_more_equal_values_are_one_run_with_the_value_in_whole_bytes()
    {
        Assert.Equal([0x14, 0x01], Written(Enumerable.Repeat(1, 10), 1));
        Assert.Equal([0x10, 0x2C, 0x01], Written(Enumerable.Repeat(300, 8), 9));
    }

    [Fact]
    public void Other_values_are_bit_packed_in_groups_of_8_least_significant_bit_first_the_last_padded()
    {
        Assert.Equal([0x05, 0xAA, 0x01], Written([0, 1, 0, 1, 0, 1, 0, 1, 1, 0], 1));
    }

    [Fact]
    public void A_run_follows_bit_packed_values_at_a_group_boundary()
    {
        Assert.Equal([0x03, 0xD1, 0x58, 0x1F, 0x12, 0x07], Written([1, 2, 3, 4, 5, 6, 7, 0, .. Enumerable.Repeat(7, 9)], 3));
        // A run that starts inside a group is bit-packed up to the group's end: 3 at 6 to 16 is packed at 6 and 7, then a run of 9.
        Assert.Equal([0x03, 0xD1, 0x58, 0x6F, 0x12, 0x03], Written([1, 2, 3, 4, 5, 6, .. Enumerable.Repeat(3, 11)], 3));
    }

    private static byte[] Written(IEnumerable<int> values, int bitWidth)
    {
        var output = new ArrayBufferWriter<byte>();
        RleBitPacked.Write(output, values.ToArray(), bitWidth);
        return output.WrittenSpan.ToArray();
    }
}
