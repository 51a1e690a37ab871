using System.Buffers;
using System.Text;

namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>The element types a Thrift list can hold, with their numbers in the compact protocol.</summary>
internal enum ThriftType : byte
{
    I32 = 5,
    I64 = 6,
    Binary = 8,
    List = 9,
    Struct = 12,
}

/// <summary>
/// Writes Thrift's compact protocol, the encoding of Parquet's page headers and footer: a struct is its fields, each
/// headed by its id (as the difference from the previous field's when that is 1 to 15) and its type, then a stop byte;
/// integers are zigzag varints, a bool lives in its field's type.
/// </summary>
internal sealed class ThriftCompact(IBufferWriter<byte> output)
{
    private const byte True = 1, False = 2, Stop = 0;
    private readonly Stack<short> outerFields = new();
    private short lastField;

    /// <summary>Starts a struct that is no field: the outermost one, or an element of a list.</summary>
    public void BeginStruct()
    {
        outerFields.Push(lastField);
        lastField = 0;
    }

    public void BeginStruct(short field)
    {
        Header(field, (byte)ThriftType.Struct);
        BeginStruct();
    }

    public void EndStruct()
    {
        Byte(Stop);
        lastField = outerFields.Pop();
    }

    public void Bool(short field, bool value) => Header(field, value ? True : False);

    public void I32(short field, int value)
    {
        Header(field, (byte)ThriftType.I32);
        Varint.Write(output, ZigZag(value));
    }

    public void I64(short field, long value)
    {
        Header(field, (byte)ThriftType.I64);
        Varint.Write(output, ZigZag(value));
    }

    public void Binary(short field, ReadOnlySpan<byte> value)
    {
        Header(field, (byte)ThriftType.Binary);
        Bytes(value);
    }

    public void String(short field, string value) => Binary(field, Encoding.UTF8.GetBytes(value));

    /// <summary>Starts a list field; its <paramref name="count"/> elements follow (<see cref="I32Element"/>,
    /// <see cref="StringElement"/>, or structs from <see cref="BeginStruct()"/> to <see cref="EndStruct"/>).</summary>
    public void BeginList(short field, ThriftType element, int count)
    {
        Header(field, (byte)ThriftType.List);
        if (count < 15)
        {
            Byte((byte)(count << 4 | (byte)element));
        }
        else
        {
            Byte((byte)(0xF0 | (byte)element));
            Varint.Write(output, (uint)count);
        }
    }

    public void I32Element(int value) => Varint.Write(output, ZigZag(value));

    public void StringElement(string value) => Bytes(Encoding.UTF8.GetBytes(value));

    private void Header(short field, byte type)
    {
        int delta = field - lastField;
        if (delta is > 0 and <= 15)
        {
            Byte((byte)(delta << 4 | type));
        }
        else
        {
            Byte(type);
            Varint.Write(output, ZigZag(field));
        }
        lastField = field;
    }

    private void Bytes(ReadOnlySpan<byte> value)
    {
        Varint.Write(output, (uint)value.Length);
        output.Write(value);
    }

    private void Byte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static ulong ZigZag(long value) => (ulong)(value << 1 ^ value >> 63);
}
