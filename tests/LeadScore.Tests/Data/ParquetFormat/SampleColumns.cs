using LeadScore.Data.Output.ParquetFormat;

namespace LeadScore.Tests.Data.ParquetFormat;

/// <summary>
/// Row groups that hold what a Parquet writer can get wrong (NULLs first, last and anywhere, all-NULL and NULL-free
/// columns, empty, non-ASCII and long strings, dictionaries of 1 and 300 entries with unused ones, NaNs, zeros of both
/// signs, infinities, subnormals), reproducible from a seed, with the values a reader must give back.
/// </summary>
internal static class SampleColumns
{
    public static readonly ParquetField[] Fields =
    [
        new("id", ParquetKind.OptionalString),
        new("score", ParquetKind.Float),
        new("maybe", ParquetKind.OptionalFloat),
        new("never", ParquetKind.OptionalFloat),
        new("always", ParquetKind.OptionalFloat),
        new("name", ParquetKind.OptionalString),
        new("one", ParquetKind.OptionalString),
        new("many", ParquetKind.OptionalString),
        new("nothing", ParquetKind.OptionalString),
        new("blank", ParquetKind.OptionalString),
    ];

    public static readonly float[] SpecialFloats =
    [
        float.NaN, -0f, 0f, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, 1e-40f, -1e-39f,
        float.MaxValue, float.MinValue, BitConverter.Int32BitsToSingle(0x7FC00001), BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00000)), 1f / 3,
    ];

    public static readonly string[] SpecialStrings =
    [
        "", "é", "日本語のテキスト", "😀", "～", "a string longer than twelve bytes, and then some more", new string('x', 1000), "zero\0byte",
    ];

    public static readonly string[] ManyEntries = Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? $"entrée {i:D3}" : $"entry {i:D3}").ToArray();

    /// <summary>A row group of <paramref name="rows"/> rows: the columns to write and the values to read back.</summary>
    public static (ColumnValues[] Columns, string?[][] Expected) RowGroup(int rows, int seed)
    {
        var random = new Random(seed);
        bool Null(int i, double share) => i == 0 || i == rows - 1 || random.NextDouble() < share;

        var ids = Enumerable.Range(0, rows).Select(i => Null(i, 0.3) ? null
            : i % 5 == 0 ? SpecialStrings[random.Next(SpecialStrings.Length)] : $"lead-{seed}-{i}").ToArray();
        var scores = Enumerable.Range(0, rows).Select(i => i < SpecialFloats.Length ? SpecialFloats[i] : (float)(random.NextDouble() * 2 - 1)).ToArray();
        var present = Enumerable.Range(0, rows).Select(i => !Null(i, 0.4)).ToArray();
        var maybe = Enumerable.Range(0, rows).Select(i => SpecialFloats[(i + seed) % SpecialFloats.Length] * (i % 3)).ToArray();
        var names = Enumerable.Range(0, rows).Select(i => SpecialStrings[i % SpecialStrings.Length] + (i % 4 == 0 ? "" : $" {i}")).ToArray();
        var one = Enumerable.Range(0, rows).Select(i => Null(i, 0.5) ? -1 : 0).ToArray();
        // Entries 280 to 299 are never used.
        var many = Enumerable.Range(0, rows).Select(i => Null(i, 0.2) ? -1 : random.Next(280)).ToArray();
        string[] nothingEntries = ["unused", "also unused"];

        ColumnValues[] columns =
        [
            new StringValues(ids),
            new FloatValues(scores),
            new OptionalFloatValues(maybe, present),
            new OptionalFloatValues(new float[rows], new bool[rows]),
            new OptionalFloatValues(scores, Enumerable.Repeat(true, rows).ToArray()),
            new StringValues(names),
            new DictionaryValues(one, ["only"]),
            new DictionaryValues(many, ManyEntries),
            new DictionaryValues(Enumerable.Repeat(-1, rows).ToArray(), nothingEntries),
            new StringValues(new string?[rows]),
        ];
        string?[][] expected =
        [
            ids.Select(ReadBack.Text).ToArray(),
            scores.Select(f => ReadBack.Text(f)).ToArray(),
            maybe.Select((f, i) => present[i] ? ReadBack.Text(f) : null).ToArray(),
            new string?[rows],
            scores.Select(f => ReadBack.Text(f)).ToArray(),
            names.Select(ReadBack.Text).ToArray(),
            one.Select(i => i < 0 ? null : ReadBack.Text("only")).ToArray(),
            many.Select(i => i < 0 ? null : ReadBack.Text(ManyEntries[i])).ToArray(),
            new string?[rows],
            new string?[rows],
        ];
        return (columns, expected);
    }
}
