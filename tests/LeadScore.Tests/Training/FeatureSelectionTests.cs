using LeadScore.Data;
using LeadScore.Data.Labeled;
using LeadScore.Tests.Support;
using LeadScore.Training;
using LeadScore.Training.Features;

namespace LeadScore.Tests.Training;

public class FeatureSelectionTests
{
    private static readonly DateRange Train = new(new(2024, 1, 1), new(2024, 1, 31));

    private static LabeledTable Table(TempFolder folder, string text)
    {
        var path = folder.File("t.csv");
        File.WriteAllText(path, text);
        return LabeledTable.Open(path);
    }

    [Fact]
    public void Without_a_list_every_numeric_column_but_target_and_date_is_a_feature()
    {
        using var folder = new TempFolder();
        using var table = Table(folder, "id,d,y,a,b c,note\nL1,2024-01-01,1,1,2,hello\nL2,2024-01-02,0,2,3.5,world\n");
        var schema = FeatureSelection.Resolve(table, null, [], "y", "d", Train, "t");
        Assert.Equal(["a", "b_c"], schema.Features.Select(f => f.Name));
        Assert.Equal("b c", schema.Features[1].Column);
    }

    [Fact]
    public void Category_codes_come_from_TRAIN_rows_only_in_alphabetical_order()
    {
        using var folder = new TempFolder();
        using var table = Table(folder, "d,y,tier\n2024-01-01,1,silver\n2024-01-05,0,Gold\n2024-01-09,0,bronze\n2024-02-01,1,platinum\n");
        var schema = FeatureSelection.Resolve(table, ["tier_encoded"], [], "y", "d", Train, "t");
        var tier = Assert.Single(schema.Features);
        Assert.Equal("tier", tier.Column);
        Assert.Equal(new Dictionary<string, int> { ["Gold"] = 0, ["bronze"] = 1, ["silver"] = 2 }, tier.Categories);
        Assert.True(tier.UnseenAsNull);
        var rows = table.Read(schema.Features, "y", "d", new DateRange(new(2024, 1, 1), new(2024, 2, 28)));
        Assert.Equal([2f, 0f, 1f], rows.Columns[0][..3]);
        Assert.True(float.IsNaN(rows.Columns[0][3]), "platinum appears only after TRAIN: missing, never a new code");
    }

    [Fact]
    public void A_constant_feature_an_identifier_and_an_unknown_column_are_refused()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(0, 250).Select(i => $"2024-01-{1 + i % 28:00},{i % 2},7,id{i},{i}");
        using var table = Table(folder, "d,y,flat,id,x\n" + string.Join("\n", lines) + "\n");
        Assert.Contains("feature 'flat' has a single value",
            Assert.Throws<TrainingException>(() => FeatureSelection.Resolve(table, ["x", "flat"], [], "y", "d", Train, "t")).Message);
        Assert.Contains("text column 'id' has more than 200 distinct values",
            Assert.Throws<TrainingException>(() => FeatureSelection.Resolve(table, ["id"], [], "y", "d", Train, "t")).Message);
        Assert.Contains("no column 'z' (from --features)",
            Assert.Throws<DataFileException>(() => FeatureSelection.Resolve(table, ["z"], [], "y", "d", Train, "t")).Message);
        Assert.Contains("'y' is the target or the split column",
            Assert.Throws<TrainingException>(() => FeatureSelection.Resolve(table, ["y"], [], "y", "d", Train, "t")).Message);
        Assert.Contains("feature 'x' is listed twice",
            Assert.Throws<TrainingException>(() => FeatureSelection.Resolve(table, ["x", "x"], [], "y", "d", Train, "t")).Message);
        Assert.Equal(["x"], FeatureSelection.Resolve(table, null, ["flat"], "y", "d", Train, "t").Features.Select(f => f.Name));
    }
}
