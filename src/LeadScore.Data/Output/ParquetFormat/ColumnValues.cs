namespace LeadScore.Data.Output.ParquetFormat;

/// <summary>One column's values in one row group, one per row, in the form the column is written in.</summary>
public abstract record ColumnValues;

/// <summary>The values of a <see cref="ParquetKind.Float"/> column.</summary>
public sealed record FloatValues(ReadOnlyMemory<float> Values) : ColumnValues;

/// <summary>The values of a <see cref="ParquetKind.OptionalFloat"/> column: a row is NULL where <c>Present</c> is false
/// (its entry in <c>Values</c> is then ignored).</summary>
public sealed record OptionalFloatValues(ReadOnlyMemory<float> Values, ReadOnlyMemory<bool> Present) : ColumnValues;

/// <summary>The values of a <see cref="ParquetKind.OptionalString"/> column, written as they are (PLAIN); null is NULL.</summary>
public sealed record StringValues(ReadOnlyMemory<string?> Values) : ColumnValues;

/// <summary>
/// The values of a <see cref="ParquetKind.OptionalString"/> column as indices into a dictionary (written once per row
/// group, then the indices bit-packed); -1 is NULL. Entries no row uses may be there.
/// </summary>
public sealed record DictionaryValues(ReadOnlyMemory<int> Indices, IReadOnlyList<string> Dictionary) : ColumnValues;
