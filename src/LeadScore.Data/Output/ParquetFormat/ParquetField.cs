namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>
/// The column types this writer knows: <c>FLOAT</c> required or optional, and optional <c>BYTE_ARRAY</c> holding UTF-8
/// text (converted type UTF8, logical type STRING).
/// </summary>
public enum ParquetKind
{
    Float,
    OptionalFloat,
    OptionalString,
}

/// <summary>One column of a flat Parquet schema.</summary>
public sealed record ParquetField(string Name, ParquetKind Kind)
{
    internal PhysicalType Type => Kind == ParquetKind.OptionalString ? PhysicalType.ByteArray : PhysicalType.Float;

    internal Repetition Repetition => Kind == ParquetKind.Float ? Repetition.Required : Repetition.Optional;
}
