using LeadScore.Data.Output.ParquetFormat;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data.ParquetFormat;

public class ParquetFileWriterTests
{
    // Row counts not multiples of 8, above 65,536, and the smallest.
    private static readonly int[] RowGroupRows = [70_001, 13, 1, 65_539];

    [Fact]
    public async Task Every_value_reads_back_the_same_through_DuckDB_and_Parquet_Net()
    {
        using var folder = new TempFolder();
        var path = folder.File("sample.parquet");
        var expected = WriteSample(path, threads: 2);

        ReadBack.AssertSame(expected, ReadBack.WithDuckDb(path));
        ReadBack.AssertSame(expected, await ReadBack.WithParquetNet(path));
    }

    [Fact]
    public void The_schema_says_types_repetition_and_UTF8_strings()
    {
        using var folder = new TempFolder();
        var path = folder.File("small.parquet");
        WriteSmall(path);
        var schema = ReadBack.Query($"SELECT name, type, repetition_type, converted_type, logical_type FROM parquet_schema('{path}')");
        Assert.Equal(
        [
            "schema||||",
            "score|FLOAT|REQUIRED||",
            "maybe|FLOAT|OPTIONAL||",
            "id|BYTE_ARRAY|OPTIONAL|UTF8|StringType()",
            "word|BYTE_ARRAY|OPTIONAL|UTF8|StringType()",
        ], schema.Select(r => string.Join("|", r.Values)));
    }

    [Fact]
    public void Each_chunk_has_its_encodings_and_statistics()
    {
        using var folder = new TempFolder();
        var path = folder.File("small.parquet");
        WriteSmall(path);
        var chunks = ReadBack.Query($"""
            SELECT row_group_id, path_in_schema, num_values, compression, encodings, dictionary_page_offset IS NOT NULL,
                stats_null_count, stats_min_value, stats_max_value
            FROM parquet_metadata('{path}') ORDER BY row_group_id, column_id
            """);
        Assert.Equal(
        [
            "0|score|5|SNAPPY|PLAIN, RLE|False|0|-2.0|3.0",
            // Zeros of either sign: -0.0 is the minimum and +0.0 the maximum.
            "0|maybe|5|SNAPPY|PLAIN, RLE|False|3|-0.0|0.0",
            // By UTF-8 bytes, U+1F600 comes after U+FF5E (in UTF-16 it comes before).
            "0|id|5|SNAPPY|PLAIN, RLE|False|1||😀",
            // Over the entries used: not "aaa" nor "zzz".
            "0|word|5|SNAPPY|PLAIN, RLE, RLE_DICTIONARY|True|1|a|b",
            // A NaN: no min and max.
            "1|score|3|SNAPPY|PLAIN, RLE|False|0||",
            "1|maybe|3|SNAPPY|PLAIN, RLE|False|3||",
            "1|id|3|SNAPPY|PLAIN, RLE|False|3||",
            "1|word|3|SNAPPY|PLAIN, RLE, RLE_DICTIONARY|True|0|x|x",
        ], chunks.Select(r => string.Join("|", r.Values)));
    }

    [Fact]
    public async Task A_file_without_row_groups_reads_as_its_columns_and_no_rows()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.parquet");
        using (var stream = File.Create(path))
            new ParquetFileWriter(stream, SampleColumns.Fields, threads: 1).Finish();
        var empty = SampleColumns.Fields.Select(f => (f.Name, Array.Empty<string?>())).ToList();

        ReadBack.AssertSame(empty, ReadBack.WithDuckDb(path));
        ReadBack.AssertSame(empty, await ReadBack.WithParquetNet(path));
    }

    [Fact]
    public void The_same_rows_give_the_same_bytes_on_one_thread_or_two()
    {
        using var folder = new TempFolder();
        WriteSample(folder.File("1.parquet"), threads: 1);
        WriteSample(folder.File("2.parquet"), threads: 2);
        WriteSample(folder.File("2-again.parquet"), threads: 2);

        var bytes = File.ReadAllBytes(folder.File("1.parquet"));
        Assert.Equal(bytes, File.ReadAllBytes(folder.File("2.parquet")));
        Assert.Equal(bytes, File.ReadAllBytes(folder.File("2-again.parquet")));
    }

    [Fact]
    public async Task Columns_that_do_not_fit_are_refused_and_leave_the_file_as_it_was()
    {
        using var folder = new TempFolder();
        var path = folder.File("refused.parquet");
        using (var stream = File.Create(path))
        {
            var writer = new ParquetFileWriter(stream,
                [new("a", ParquetKind.Float), new("b", ParquetKind.OptionalFloat), new("c", ParquetKind.OptionalString)], threads: 2);
            ColumnValues a = new FloatValues(new[] { 1f, 2f }), b = new OptionalFloatValues(new[] { 1f, 2f }, new[] { true, false });
            ColumnValues c = new DictionaryValues(new[] { 1, -1 }, ["x", "y"]);
            ColumnValues[][] refused =
            [
                [a, b],
                [a, b, c, c],
                [b, b, c],
                [a, a, c],
                [a, b, new FloatValues(new float[2])],
                [new FloatValues(new float[3]), b, c],
                [a, new OptionalFloatValues(new float[2], new bool[3]), c],
                [a, b, new StringValues(new string?[1])],
                [a, b, new DictionaryValues(new[] { 0, 0, 0 }, ["x"])],
                [a, b, new DictionaryValues(new[] { 0, 2 }, ["x", "y"])],
                [a, b, new DictionaryValues(new[] { -2, 0 }, ["x", "y"])],
                [a, b, new DictionaryValues(new[] { 0, -1 }, [])],
            ];
            foreach (var columns in refused) Assert.Throws<ArgumentException>(() => writer.WriteRowGroup(2, columns));
            Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteRowGroup(-1, [a, b, c]));
            writer.WriteRowGroup(2, [a, b, c]);
            writer.Finish();
            Assert.Throws<InvalidOperationException>(() => writer.WriteRowGroup(2, [a, b, c]));
        }

        List<(string, string?[])> expected =
        [
            ("a", [ReadBack.Text(1f), ReadBack.Text(2f)]),
            ("b", [ReadBack.Text(1f), null]),
            ("c", [ReadBack.Text("y"), null]),
        ];
        ReadBack.AssertSame(expected, ReadBack.WithDuckDb(path));
        ReadBack.AssertSame(expected, await ReadBack.WithParquetNet(path));
    }

    [Fact]
    public void A_schema_needs_columns_with_names_of_their_own()
    {
        Assert.Throws<ArgumentException>(() => new ParquetFileWriter(new MemoryStream(), [], threads: 1));
        Assert.Throws<ArgumentException>(() => new ParquetFileWriter(new MemoryStream(),
            [new("a", ParquetKind.Float), new("a", ParquetKind.OptionalString)], threads: 1));
    }

    private static void WriteSmall(string path)
    {
        using var stream = File.Create(path);
        var writer = new ParquetFileWriter(stream,
            [new("score", ParquetKind.Float), new("maybe", ParquetKind.OptionalFloat), new("id", ParquetKind.OptionalString), new("word", ParquetKind.OptionalString)], 1);
        writer.WriteRowGroup(5,
        [
            new FloatValues(new[] { 3f, -0f, 0f, 1.5f, -2f }),
            new OptionalFloatValues(new[] { 0f, -0f, 9f, 9f, 9f }, new[] { true, true, false, false, false }),
            new StringValues(new[] { "b", null, "～", "😀", "" }),
            new DictionaryValues(new[] { 1, 2, -1, 1, 2 }, ["zzz", "b", "a", "aaa"]),
        ]);
        writer.WriteRowGroup(3,
        [
            new FloatValues(new[] { 1f, float.NaN, 2f }),
            new OptionalFloatValues(new float[3], new bool[3]),
            new StringValues(new string?[3]),
            new DictionaryValues(new[] { 0, 0, 0 }, ["x"]),
        ]);
        writer.Finish();
    }

    // Writes the sample row groups; returns the values to read back.
    private static List<(string Name, string?[] Values)> WriteSample(string path, int threads)
    {
        var expected = SampleColumns.Fields.Select(f => (f.Name, new List<string?>())).ToList();
        using (var stream = File.Create(path))
        {
            var writer = new ParquetFileWriter(stream, SampleColumns.Fields, threads);
            for (int g = 0; g < RowGroupRows.Length; g++)
            {
                var (columns, values) = SampleColumns.RowGroup(RowGroupRows[g], seed: g);
                writer.WriteRowGroup(RowGroupRows[g], columns);
                for (int c = 0; c < values.Length; c++) expected[c].Item2.AddRange(values[c]);
            }
            writer.Finish();
        }
        return expected.Select(c => (c.Name, c.Item2.ToArray())).ToList();
    }
}
