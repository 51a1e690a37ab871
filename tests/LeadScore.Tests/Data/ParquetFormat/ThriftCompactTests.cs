using System.Buffers;
using LeadScore.Data.Output.ParquetFormat;

namespace LeadScore.Tests.Data.ParquetFormat;

public class ThriftCompactTests
{
    [Fact]
    public void Field_ids_are_deltas_from_1_to_15_and_else_written_in_full()
    {
        var bytes = Written(thrift =>
        {
            thrift.I32(1, 1);
            thrift.I64(3, -1);
            thrift.I32(20, 5);
            thrift.Bool(4, true);
            thrift.Bool(5, false);
        });
        Assert.Equal([0x15, 0x02, 0x26, 0x01, 0x05, 0x28, 0x0A, 0x01, 0x08, 0x12, 0x00], bytes);
    }

    [Fact]
    public void A_nested_struct_counts_its_own_field_ids_and_the_outer_ones_go_on_after_it()
    {
        var bytes = Written(thrift =>
        {
            thrift.BeginStruct(1);
            thrift.I32(5, 0);
            thrift.EndStruct();
            thrift.I32(2, 0);
        });
        Assert.Equal([0x1C, 0x55, 0x00, 0x00, 0x15, 0x00, 0x00], bytes);
    }

    [Fact]
    public void Integers_are_zigzag_varints()
    {
        Assert.Equal([0x16, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x00], Written(t => t.I64(1, long.MinValue)));
        Assert.Equal([0x15, 0xFE, 0xFF, 0xFF, 0xFF, 0x0F, 0x00], Written(t => t.I32(1, int.MaxValue)));
        Assert.Equal([0x15, 0xD8, 0x04, 0x00], Written(t => t.I32(1, 300)));
    }

    [Fact]
    public void Binaries_and_strings_are_their_length_then_their_bytes()
    {
        Assert.Equal([0x18, 0x03, 1, 2, 3, 0x18, 0x02, 0xC3, 0xA9, 0x00], Written(t =>
        {
            t.Binary(1, [1, 2, 3]);
            t.String(2, "é");
        }));
    }

    [Fact]
    public void Lists_of_fewer_than_15_elements_have_their_size_in_the_header_byte_longer_ones_after_it()
    {
        Assert.Equal([0x19, 0x35, 0x02, 0x01, 0xD8, 0x04, 0x00], Written(t =>
        {
            t.BeginList(1, ThriftType.I32, 3);
            foreach (var value in new[] { 1, -1, 300 }) t.I32Element(value);
        }));
        Assert.Equal(new byte[] { 0x19, 0xF8, 0x0F }.Concat(Enumerable.Repeat(new byte[] { 0x01, 0x61 }, 15).SelectMany(b => b)).Append((byte)0x00),
            Written(t =>
            {
                t.BeginList(1, ThriftType.Binary, 15);
                for (int i = 0; i < 15; i++) t.StringElement("a");
            }));
    }

    [Fact]
    public void Structs_in_a_list_count_their_own_field_ids_from_zero()
    {
        var bytes = Written(thrift =>
        {
            thrift.BeginList(1, ThriftType.Struct, 2);
            for (int i = 0; i < 2; i++)
            {
                thrift.BeginStruct();
                thrift.I32(1, 7);
                thrift.EndStruct();
            }
            thrift.I32(2, 0);
        });
        Assert.Equal([0x19, 0x2C, 0x15, 0x0E, 0x00, 0x15, 0x0E, 0x00, 0x15, 0x00, 0x00], bytes);
    }

    // One outermost struct holding what write puts in it.
    private static byte[] Written(Action<ThriftCompact> write)
    {
        var output = new ArrayBufferWriter<byte>();
        var thrift = new ThriftCompact(output);
        thrift.BeginStruct();
        write(thrift);
        thrift.EndStruct();
        return output.WrittenSpan.ToArray();
    }
}
