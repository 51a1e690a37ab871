using System.Security.Cryptography;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

/// <summary>
/// No command writes over its own input: an output that resolves (through "..", a link, another spelling) to an
/// input, the warehouse or the registry is refused with one line, exit 1, and every input byte-for-byte unchanged.
/// </summary>
public class OutputSafetyTests
{
    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static string SmallWarehouse(TempFolder folder)
    {
        var db = folder.File("ws.duckdb");
        using var w = new TinyWarehouse();
        w.Firm(100, "Acme");
        for (int i = 1; i <= 6; i++) w.Contact(i).Spell(i, 100, "Acme", "2016-01-01").Lead($"L{i}", i.ToString(), "2025-03-01", i % 3 == 0 ? "2025-03-05" : null);
        w.CopyTo(db);
        return db;
    }

    private static void AssertRefused(CliRun run, string expected)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Out}{run.Err}");
        Assert.Single(run.ErrLines);
        Assert.Contains(expected, run.Err);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("training")]
    public void A_feature_build_whose_parquet_names_the_warehouse_is_refused_and_the_warehouse_kept(string verb)
    {
        using var folder = new TempFolder();
        var db = SmallWarehouse(folder);
        Directory.CreateDirectory(folder.File("sub"));
        File.CreateSymbolicLink(folder.File("alias.parquet"), db);
        var before = Hash(db);
        string[] date = verb == "build" ? ["--as-of", "2025-06-15"] : ["--analysis-date", "2025-12-15"];
        foreach (var parquet in new[] { db, Path.Combine(folder.Path, "sub", "..", "ws.duckdb") })
            AssertRefused(CliRun.Of(["features", verb, "--db", db, .. date, "--parquet", parquet]), "the name must end in .parquet");
        AssertRefused(CliRun.Of(["features", verb, "--db", db, .. date, "--parquet", folder.File("alias.parquet")]), "is the same file as");
        Assert.Equal(before, Hash(db));
        Assert.True(CliRun.Of(["features", verb, "--db", db, .. date]).ExitCode == 0);
    }

    [Fact]
    public void Evaluate_refuses_a_json_or_chart_output_that_is_its_data_or_its_model()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 3000, Features = 4 }.WriteCsv(folder);
        var model = folder.File("model");
        var train = CliRun.Of(["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--config", SomeLeads.FastConfig(folder), "--out", model]);
        Assert.True(train.ExitCode == 0, train.Err);
        var hashes = Directory.GetFiles(model).Append(data).ToDictionary(f => f, Hash);
        string[] args = ["evaluate", "--model", model, "--data", data, "--target", "converted", "--bootstrap", "100"];

        AssertRefused(CliRun.Of([.. args, "--json", data]), "the name must end in .json");
        var renamed = folder.File("leads.json");
        File.Copy(data, renamed);
        AssertRefused(CliRun.Of([.. args[..^6], "--data", renamed, "--target", "converted", "--bootstrap", "100", "--json", renamed]), "is also the input given as --data");
        AssertRefused(CliRun.Of([.. args, "--json", Path.Combine(model, "evaluation.json")]), "lies inside");
        AssertRefused(CliRun.Of([.. args, "--charts", model]), "lies inside");
        AssertRefused(CliRun.Of([.. args, "--charts", data]), "is a file; name a folder");
        foreach (var (file, hash) in hashes) Assert.Equal(hash, Hash(file));
        Assert.Equal(0, CliRun.Of([.. args, "--json", folder.File("eval.json"), "--charts", folder.File("charts")]).ExitCode);
    }

    [Fact]
    public void Evaluate_refuses_a_json_output_that_is_its_xgboost_model_file()
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var data = SomeFiles.Csv(folder, 30);
        var before = Hash(model);
        AssertRefused(CliRun.Of("evaluate", "--model", model, "--schema", SomeFiles.SchemaFile(folder), "--data", data, "--json", model),
            $"--json {model} is also the input given as --model");
        Assert.Equal(before, Hash(model));
    }

    [Fact]
    public void Predict_refuses_an_output_linked_to_its_input_or_inside_the_registry()
    {
        using var folder = new TempFolder();
        var model = SomeModels.Save(SomeModels.XGBoost(), folder);
        var input = SomeFiles.Csv(folder, 30);
        File.CreateSymbolicLink(folder.File("scores.csv"), input);
        var before = Hash(input);
        AssertRefused(CliRun.Of("predict", "--model", model, "--schema", SomeFiles.SchemaFile(folder), "--input", input, "--output", folder.File("scores.csv")),
            "is the same file as");
        Assert.Equal(before, Hash(input));

        var registry = folder.File("registry");
        Assert.Equal(0, CliRun.Of("registry", "register", LeadScore.Tests.Registry.SomeVersions.ModelDirectory(folder, "m"), "--version", "v1", "--registry", registry).ExitCode);
        AssertRefused(CliRun.Of("predict", "--model", "registry:v1", "--registry", registry, "--schema", SomeFiles.SchemaFile(folder), "--input", input,
            "--output", Path.Combine(registry, "scores.csv")), "lies inside");
        Assert.True(LeadScore.Registry.ModelRegistry.Open(registry).Verify().Valid);
    }

    [Fact]
    public void Train_overwrite_refuses_a_folder_that_holds_its_own_data()
    {
        using var folder = new TempFolder();
        var inside = folder.File("work");
        Directory.CreateDirectory(inside);
        var data = Path.Combine(inside, "leads.csv");
        File.Move(new SomeLeads { Rows = 1500, Features = 3 }.WriteCsv(folder), data);
        var before = Hash(data);
        AssertRefused(CliRun.Of(["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--out", inside, "--overwrite"]), "would replace a folder that holds");
        Assert.Equal(before, Hash(data));
    }

    [Fact]
    public void Warehouse_import_refuses_a_file_that_is_the_database()
    {
        using var folder = new TempFolder();
        var db = SmallWarehouse(folder);
        var before = Hash(db);
        AssertRefused(CliRun.Of("warehouse", "import", "--db", db, "--table", "firms", "--file", db), "writing it would destroy that input");
        Assert.Equal(before, Hash(db));
    }
}
