namespace LeadScore.Data.Input;

/// <summary>An input table on disk and the DuckDB table function that reads it.</summary>
public sealed record InputFile(string Path, InputFormat Format)
{
    public static InputFile Recognise(string path)
    {
        if (!File.Exists(path)) throw DataFileException.NotFound(path);
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".csv" or ".tsv" or ".txt") return new(path, InputFormat.Csv);
        if (extension == ".parquet" || StartsWithParquetMagic(path)) return new(path, InputFormat.Parquet);
        throw DataFileException.UnknownFormat(path);
    }

    /// <summary>
    /// The FROM clause. CSV is read as text and converted by the engine, so a stray word in a numeric column is
    /// reported with its row instead of failing deep inside DuckDB's type sniffing.
    /// </summary>
    public string TableFunction => Format switch
    {
        InputFormat.Parquet => $"read_parquet({Sql.Literal(Path)})",
        _ => $"read_csv({Sql.Literal(Path)}, header = true, all_varchar = true)",
    };

    private static bool StartsWithParquetMagic(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 4 && magic.SequenceEqual("PAR1"u8);
    }
}

public enum InputFormat
{
    Parquet,
    Csv,
}
