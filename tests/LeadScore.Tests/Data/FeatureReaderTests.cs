using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Engine;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data;

public class FeatureReaderTests
{
    [Fact]
    public void Csv_and_parquet_inputs_give_the_same_features_mapped_by_name()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 200);
        var (fromCsv, idsCsv) = ReadAll(csv);
        var (fromParquet, idsParquet) = ReadAll(SomeFiles.Parquet(folder, csv));
        Assert.Equal(idsCsv, idsParquet);
        for (int row = 0; row < 200; row++)
            for (int f = 0; f < 2; f++) Assert.Equal(fromCsv[row, f], fromParquet[row, f]);
    }

    [Fact]
    public void Columns_are_found_by_name_whatever_their_order()
    {
        using var folder = new TempFolder();
        var path = folder.File("shuffled.csv");
        File.WriteAllText(path, "tier,x1,lead_id,x0\nhigh,2,A,0.25\nlow,0,B,\n");
        var (block, ids) = ReadAll(path);
        Assert.Equal(["A", "B"], ids);
        Assert.Equal(0.25f, block[0, 0]);
        Assert.Equal(2f, block[0, 1]);
        Assert.True(float.IsNaN(block[1, 0]));   // x0's schema says NULL is missing
        Assert.Equal(0f, block[1, 1]);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        using var folder = new TempFolder();
        var path = folder.File("no-tier.csv");
        File.WriteAllText(path, "lead_id,x0,x2\nA,1,2\n");
        var error = Assert.Throws<ScoringException>(() => ReadAll(path));
        Assert.Equal($"{path}: missing column(s) tier; the model needs every feature as a column named exactly as in its schema.", error.Message);
    }

    [Fact]
    public void Pre_encoded_codes_are_not_taken_for_the_labels_the_schema_encodes()
    {
        using var folder = new TempFolder();
        var path = folder.File("codes.csv");
        File.WriteAllText(path, "lead_id,x0,x1\nA,1,2\n");
        var error = Assert.Throws<ScoringException>(() => ReadAll(path));
        Assert.Contains("missing column(s) tier (the input has pre-encoded 'x1', but the schema reads labels from 'tier'", error.Message);
    }

    [Fact]
    public void A_column_differing_only_in_case_gets_a_hint()
    {
        using var folder = new TempFolder();
        var path = folder.File("case.csv");
        File.WriteAllText(path, "lead_id,X0,tier\nA,1,low\n");
        Assert.Contains("'X0' differs from 'x0' only in case", Assert.Throws<ScoringException>(() => ReadAll(path)).Message);
    }

    [Fact]
    public void Text_where_a_number_belongs_is_reported_with_its_rows()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 30000, x0: i => i is 25000 or 29999 ? "n/a" : "0.1");
        var error = Assert.Throws<ScoringException>(() => ReadAll(csv));
        Assert.Equal($"{csv}: column 'x0' holds text where a number belongs, first at row(s) L25000, L29999; fix those values or drop the rows.", error.Message);
    }

    [Fact]
    public void A_column_of_labels_read_as_numbers_points_to_a_schema_with_codes()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 30);
        var model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");
        var numeric = new FeatureSchema("numeric", [new FeatureSpec("x0", nulls: NullPolicy.Missing), new FeatureSpec("x1", "tier")]);
        var error = Assert.Throws<ScoringException>(() => ReadAll(csv, numeric));
        Assert.Equal($"{csv}: column 'tier' holds text labels in every row, but the schema reads it as a number; pass --schema with the model's category codes (built-in: v4.0.0, v4.1.0_r3).", error.Message);
    }

    [Fact]
    public void An_unknown_category_is_reported_with_the_known_ones()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 50, tier: i => i == 7 ? "platinum" : "mid");
        var error = Assert.Throws<ScoringException>(() => ReadAll(csv));
        Assert.Equal($"{csv}: column 'tier' has value(s) 'platinum' the model was not trained with, first at row(s) L00007; known values: 'low', 'mid', 'high'.", error.Message);
    }

    [Fact]
    public void Null_where_the_schema_allows_none_is_an_error_not_a_zero()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 20, tier: i => i == 3 ? "" : "low");
        var error = Assert.Throws<ScoringException>(() => ReadAll(csv));
        Assert.StartsWith($"{csv}: column 'tier' is empty (NULL/NaN) at row(s) L00003", error.Message);
    }

    [Fact]
    public void A_fill_policy_fills_and_says_so_in_the_schema()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 20, x0: i => i == 2 ? "" : "1");
        var schema = FeatureSchemaJson.Parse(SomeFiles.TierSchema.Replace("\"null\": \"missing\"", "\"null\": { \"fill\": 0.75 }"), "s");
        var (block, _) = ReadAll(csv, schema);
        Assert.Equal(0.75f, block[2, 0]);
        Assert.Equal(1f, block[3, 0]);
    }

    [Fact]
    public void Infinity_is_refused()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 20, x0: i => i == 4 ? "inf" : "1");
        Assert.StartsWith($"{csv}: column 'x0' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) L00004", Assert.Throws<ScoringException>(() => ReadAll(csv)).Message);
    }

    [Fact]
    public void A_missing_id_column_names_the_columns_there_are()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 5);
        var error = Assert.Throws<DataFileException>(() => ReadAll(csv, idColumn: "crd"));
        Assert.Equal($"{csv}: id column 'crd' not found; pass --id-column with one of: lead_id, x0, x1, tier.", error.Message);
    }

    [Fact]
    public void A_file_with_only_a_header_has_nothing_to_score()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.csv");
        File.WriteAllText(path, "lead_id,x0,tier\n");
        Assert.Contains("the file has no rows", Assert.Throws<DataFileException>(() => ReadAll(path)).Message);
    }

    [Fact]
    public void A_missing_or_unrecognised_input_file_says_so()
    {
        using var folder = new TempFolder();
        Assert.Contains("no such file", Assert.Throws<DataFileException>(() => ReadAll(folder.File("nope.csv"))).Message);
        var json = folder.File("leads.json");
        File.WriteAllText(json, "{}");
        Assert.Contains("unknown file type", Assert.Throws<DataFileException>(() => ReadAll(json)).Message);
        var fake = folder.File("broken.parquet");
        File.WriteAllText(fake, "PAR1 not really");
        Assert.Contains("cannot be read", Assert.Throws<DataFileException>(() => ReadAll(fake)).Message);
    }

    [Fact]
    public void Rows_stream_in_blocks_in_file_order()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 1000);
        var model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");
        var features = FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers").BindTo(model);
        using var reader = FeatureReader.Open(csv, features, "lead_id");
        var block = new FeatureBlock(2, 96);
        var ids = new string[block.Stride];
        var all = new List<string>();
        int n;
        while ((n = reader.Read(block, ids)) > 0) all.AddRange(ids.Take(n));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"L{i:D5}"), all);
    }

    /// <summary>Every row of the file in one block, with the tier schema (or <paramref name="schema"/>) for the hand-made model.</summary>
    internal static (FeatureBlock Block, string[] Ids) ReadAll(string path, FeatureSchema? schema = null, string idColumn = "lead_id")
    {
        var model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "m.json");
        var features = (schema ?? FeatureSchemaJson.Parse(SomeFiles.TierSchema, "tiers")).BindTo(model);
        using var reader = FeatureReader.Open(path, features, idColumn);
        var block = new FeatureBlock(2, (int)reader.RowCount);
        var ids = new string[block.Stride];
        int n = reader.Read(block, ids);
        return (block, ids.Take(n).ToArray());
    }
}
