namespace LeadScore.Data.Input;

/// <summary>A column of the input as DuckDB types it.</summary>
public sealed record InputColumn(string Name, string Type)
{
    private static readonly string[] NumericPrefixes =
        ["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
         "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "BOOLEAN"];

    public bool IsText => Type == "VARCHAR";

    public bool IsNumeric => NumericPrefixes.Any(p => Type.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// Integers, decimals and booleans: never NaN or infinite, and within float32's range (UHUGEINT can pass it), so
    /// the checks and conversions for floating-point columns are not needed.
    /// </summary>
    public bool IsExact => IsNumeric && !Type.StartsWith("FLOAT", StringComparison.Ordinal) && !Type.StartsWith("DOUBLE", StringComparison.Ordinal)
                           && !Type.StartsWith("UHUGEINT", StringComparison.Ordinal);

    /// <summary>The column as DOUBLE in SQL: text is converted leniently, and what fails to convert becomes NULL.</summary>
    public string AsDouble => IsText
        ? $"TRY_CAST(trim({Sql.Identifier(Name)}) AS DOUBLE)"
        : $"CAST({Sql.Identifier(Name)} AS DOUBLE)";

    public string Quoted => Sql.Identifier(Name);
}
