namespace LeadScore.Data.Output.ParquetFormat;

// The numbers parquet.thrift gives the few choices this writer makes.

internal enum PhysicalType
{
    Float = 4,
    ByteArray = 6,
}

internal enum Repetition
{
    Required = 0,
    Optional = 1,
}

internal enum ValueEncoding
{
    Plain = 0,
    Rle = 3,
    RleDictionary = 8,
}

internal enum PageType
{
    DataPage = 0,
    DictionaryPage = 2,
}

internal static class ParquetCodes
{
    public const int Snappy = 1;

    /// <summary>ConvertedType UTF8: the bytes are UTF-8 text.</summary>
    public const int Utf8 = 0;
}
