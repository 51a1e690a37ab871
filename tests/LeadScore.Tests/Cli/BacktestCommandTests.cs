using System.Text.Json.Nodes;
using LeadScore.Backtest;
using LeadScore.Registry;
using LeadScore.Tests.Backtest;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class BacktestCommandTests
{
    private const string Window = "2025-01-01..2025-06-30";

    private static CliRun Backtest(params string[] args) => CliRun.Of(["backtest", .. args]);

    private static string[] Models(TempFolder folder) =>
        ["--champion", BacktestLeadsFile.Champion(folder), "--challenger", BacktestLeadsFile.Challenger(folder), "--bootstrap", "200"];

    private static void RefusedWith(CliRun run, string message)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Err);
        Assert.Single(run.ErrLines);
    }

    [Fact]
    public void A_backtest_prints_both_arms_the_statistics_and_the_verdict_and_writes_its_json()
    {
        using var folder = new TempFolder();
        var json = folder.File("bt.json");
        var run = Backtest([.. Models(folder), "--data", BacktestLeadsFile.Write(folder), "--window", Window, "--json", json]);
        Assert.True(run.ExitCode == 0, run.Err);
        foreach (var line in new[] { "leads kept", "paired bootstrap (200 resamples, seed 42)", "Newcombe (as if independent)", "DeLong:", "Bayes:", "power:", "verdict:" })
            Assert.Contains(line, run.Out);
        var result = BacktestResult.Read(json);
        Assert.Equal(1200, result.Leads);
        Assert.Equal(BacktestResult.FormatName, JsonNode.Parse(File.ReadAllText(json))!["format"]!.GetValue<string>());
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_write_nothing()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder);
        var models = Models(folder);
        RefusedWith(Backtest([.. models, "--window", Window]), "give the leads either as --data FILE or as --db WAREHOUSE");
        RefusedWith(Backtest([.. models, "--data", data, "--db", data, "--window", Window]), "not both and not neither");
        RefusedWith(Backtest([.. models, "--data", data]), "--window: is required");
        RefusedWith(Backtest([.. models, "--data", data, "--window", "2025-06-30..2025-01-01"]), "'2025-06-30..2025-01-01' is not FROM..TO");
        RefusedWith(Backtest([.. models, "--data", data, "--window", Window, "--baseline", "2.74"]), "'2.74' is not a conversion rate between 0 and 1");
        RefusedWith(Backtest([.. models[..4], "--data", data, "--window", Window, "--bootstrap", "10"]), "needs at least 100 replicates");
        RefusedWith(Backtest([.. models, "--data", data, "--window", Window, "--json", folder.File("bt.txt")]), ".json");
        RefusedWith(Backtest([.. models, "--data", data, "--window", Window, "--json", models[1]]), "--json");
        RefusedWith(Backtest([.. models, "--data", data, "--window", Window, "--json", Path.Combine(folder.Path, "missing", "bt.json")]), "missing");
        RefusedWith(Backtest([.. models, "--data", data, "--window", Window, "--legacy", "--policy", "top-n"]), "--legacy compares the original's procedure");
        RefusedWith(Backtest([.. models, "--data", folder.File("nope.csv"), "--window", Window]), "nope.csv");
        RefusedWith(Backtest([.. models, "--data", data, "--window", "2024-01-01..2024-01-31"]), "no leads contacted in 2024-01-01..2024-01-31");
        Assert.False(File.Exists(folder.File("bt.txt")));
    }

    [Fact]
    public void A_failed_backtest_leaves_an_earlier_json_untouched()
    {
        using var folder = new TempFolder();
        var json = folder.File("bt.json");
        File.WriteAllText(json, "earlier");
        var data = BacktestLeadsFile.Write(folder, target: (_, _) => 0);
        RefusedWith(Backtest([.. Models(folder), "--data", data, "--window", Window, "--json", json]), "have no conversion");
        Assert.Equal("earlier", File.ReadAllText(json));
    }

    [Fact]
    public void Record_needs_an_existing_registry_and_a_registered_challenger()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder);
        var missing = folder.File("no-registry");
        RefusedWith(Backtest([.. Models(folder), "--data", data, "--window", Window, "--registry", missing, "--record"]), "no-registry");
        Assert.False(Directory.Exists(missing));
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        RefusedWith(Backtest([.. Models(folder), "--data", data, "--window", Window, "--registry", registry.Path, "--record"]),
            "'" + BacktestLeadsFile.Challenger(folder) + "' is not in the registry");
        Assert.Empty(registry.State().Events);
    }

    [Fact]
    public void A_recorded_backtest_is_the_challengers_evidence_that_promote_records()
    {
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        registry.Register(ModelFolder(folder, "champion", BacktestLeadsFile.Champion(folder)), "v1", "ana", "test");
        registry.Register(ModelFolder(folder, "challenger", BacktestLeadsFile.Challenger(folder)), "v2", "ana", "test");
        registry.Promote("v1", ModelStatus.Champion, "ana", null, null, false);
        var json = folder.File("bt.json");
        // The challenger named by its file is found in the registry by its SHA-256.
        var run = Backtest("--champion", "registry:v1", "--challenger", BacktestLeadsFile.Challenger(folder), "--registry", registry.Path, "--record",
            "--data", BacktestLeadsFile.Write(folder), "--window", Window, "--bootstrap", "200", "--json", json, "--by", "dee");
        Assert.True(run.ExitCode == 0, run.Err);
        var evidence = Assert.Single(registry.EvidenceFor("v2", "backtest"));
        Assert.Equal("dee", evidence.Actor);
        Assert.Equal("v1", evidence.Against);
        Assert.Equal(Manifest.Sha256(json), evidence.EvidenceSha256);
        Assert.Contains($"evidence for v2 against v1, SHA-256 {evidence.EvidenceSha256}", run.Out);
        Assert.True(File.Exists(registry.EvidencePath(evidence.EvidenceSha256!)));

        var promoted = CliRun.Of("registry", "promote", "v2", "--registry", registry.Path, "--by", "bo");
        Assert.True(promoted.ExitCode == 0, promoted.Err);
        var promotion = registry.State().Events.Last();
        Assert.Equal(("promote", evidence.EvidenceSha256), (promotion.Action, promotion.EvidenceSha256));
        Assert.Equal("v2", registry.State().Champion);
    }

    private static string ModelFolder(TempFolder folder, string name, string model)
    {
        var directory = folder.File(name + "-dir");
        Directory.CreateDirectory(directory);
        File.Copy(model, Path.Combine(directory, "model.json"));
        File.WriteAllText(Path.Combine(directory, "gates.json"), """{"overall": "pass", "gates": [{"id": "G9.2", "status": "pass"}]}""");
        return directory;
    }
}
