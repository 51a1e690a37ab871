using System.Text.Json.Nodes;
using LeadScore.Backtest;
using LeadScore.Data.Labeled;
using LeadScore.Metrics;
using LeadScore.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Reports;

/// <summary>
/// Readiness evidence built from the repository alone, every byte fixed: a backtest computed on synthetic leads from
/// one seed (no fixtures), and a registry in a temp folder whose events all carry fixed times.
/// </summary>
public static class SomeReadiness
{
    public static readonly DateTimeOffset Generated = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A backtest of two models on 3,000 synthetic leads contacted over two months: each lead has a hidden quality
    /// that drives its conversion, the champion scores it with more noise than the challenger (<paramref name="challengerNoise"/>).
    /// </summary>
    public static BacktestResult Backtest(string championVersion, string championSha, string challengerVersion, string challengerSha,
        double challengerNoise = 0.3, ulong seed = 7)
    {
        const int n = 3000;
        var random = new RandomStream(unchecked((long)seed));
        var ids = new string[n];
        var dates = new DateOnly[n];
        var labels = new int[n];
        var champion = new double[n];
        var challenger = new double[n];
        for (int i = 0; i < n; i++)
        {
            double quality = random.NextDouble();
            ids[i] = $"L{i:D5}";
            dates[i] = new DateOnly(2025, 9, 1).AddDays(i % 61);
            labels[i] = random.Chance(0.015 + 0.06 * quality) ? 1 : 0;
            champion[i] = 1 / (1 + Math.Exp(-(quality - 0.5 + 0.5 * random.Normal())));
            challenger[i] = 1 / (1 + Math.Exp(-(quality - 0.5 + challengerNoise * random.Normal())));
        }
        var window = new DateRange(new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        var leads = new BacktestLeads(ids, null, dates, labels, "synthetic-leads.parquet", window);
        var policy = new BacktestPolicy(SelectionKind.DropBottom, 2800);
        var a = BootstrapSelection.Ranked(champion, ids, policy.Keep);
        var b = BootstrapSelection.Ranked(challenger, ids, policy.Keep);
        var (keptA, keptB) = (a.Observed(), b.Observed());
        var championModel = new BacktestModel("champion", $"registry:{championVersion}", championSha, "some-schema", 2, 2, championVersion);
        var challengerModel = new BacktestModel("challenger", $"registry:{challengerVersion}", challengerSha, "some-schema", 2, 2, challengerVersion);
        var armA = ArmResult.Of(championModel, keptA, leads, champion, leads.Rate, policy.ListSize);
        var armB = ArmResult.Of(challengerModel, keptB, leads, challenger, leads.Rate, policy.ListSize);
        var comparison = BacktestComparison.Of(leads, armA, armB, a, b, champion, challenger, keptA, keptB, 2000, 42);
        return new BacktestResult(BacktestResult.FormatName, new DateTime(2025, 12, 30, 11, 0, 0, DateTimeKind.Utc), leads.Source, window.ToString(),
            policy.Name, policy.Describe(), leads.Count, leads.Conversions, leads.Months, leads.Rate,
            $"the conversion rate of all {leads.Count:N0} leads in the window ({leads.Conversions:N0} of {leads.Count:N0})", policy.ListSize, 2000, 42,
            armA, armB, comparison, ["The leads are synthetic: a hidden quality drives each conversion, and the challenger scores it with less noise."]);
    }

    /// <summary>What <see cref="Registry"/> built: the registry, its path, and the recorded backtest.</summary>
    public sealed record Built(string Path, ModelRegistry Registry, BacktestResult Backtest, string EvidenceSha256);

    /// <summary>
    /// A registry with v1 the champion (promoted by force: its sign-offs were never given) and v2 a challenger with
    /// gates (one warning), a clean leakage report, two of the three required sign-offs, and a backtest against v1 recorded.
    /// </summary>
    public static Built Registry(TempFolder folder, double challengerNoise = 0.3, bool allSignOffs = false)
    {
        var path = folder.File("registry");
        var registry = ModelRegistry.OpenOrCreate(path);
        File.WriteAllText(Path.Combine(path, "registry.json"),
            new JsonObject { ["format"] = "leadscore-registry", ["format_version"] = 1, ["required_signoffs"] = new JsonArray("data-science", "engineering", "business") }.ToJsonString());
        registry = ModelRegistry.Open(path);
        DateTimeOffset At(int month, int day, int hour) => new(2025, month, day, hour, 0, 0, TimeSpan.Zero);
        registry.Register(ModelFolder(folder, "one", "[5E-1]", leakage: false), "v1", "ana", "test", time: At(12, 1, 9));
        registry.Promote("v1", ModelStatus.Champion, "ana", "the production model of December 2025", null, force: true, At(12, 2, 9));
        registry.Register(ModelFolder(folder, "two", "[4E-1]", leakage: true), "v2", "bo", "test", time: At(12, 20, 9));
        registry.Promote("v2", ModelStatus.Challenger, "bo", "shadow scoring from January", null, force: false, At(12, 21, 9));
        registry.SignOff("v2", "data-science", "ana", "lift holds on TEST", At(12, 29, 10));
        registry.SignOff("v2", "engineering", "cy", null, At(12, 29, 11));
        if (allSignOffs) registry.SignOff("v2", "business", "dee", "go", At(12, 29, 12));
        var backtest = Backtest("v1", ModelSha(registry, "v1"), "v2", ModelSha(registry, "v2"), challengerNoise);
        var file = folder.File("backtest.json");
        backtest.Write(file);
        var e = registry.RecordEvidence("v2", "backtest", file, "v1", "backtest drop-bottom 2025-09-01..2025-10-31", "bo", At(12, 30, 12));
        return new Built(path, registry, backtest, e.EvidenceSha256!);
    }

    public static string ModelSha(ModelRegistry registry, string version) =>
        Manifest.Read(registry.VersionFolder(version), version).Files["model.json"];

    // A model folder: a small XGBoost model (its base score makes each folder's model file distinct), gate results
    // with one warning, and, when asked, training's leakage report with nothing flagged.
    private static string ModelFolder(TempFolder folder, string name, string baseScore, bool leakage)
    {
        var directory = folder.File(name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "model.json"), SomeModels.XGBoost(baseScore).ToJsonString());
        File.WriteAllText(Path.Combine(directory, "gates.json"), """
            {
              "overall": "warn",
              "source": "the TEST window 2025-09-01..2025-10-31",
              "gates": [
                { "id": "G8.1", "description": "TRAIN - TEST AUC gap", "metric": "gap.auc", "op": "<", "value": 0.0746, "fail": 0.15, "warn": 0.05, "status": "warn" },
                { "id": "G9.2", "description": "TEST top-decile lift", "metric": "test.top_decile_lift", "op": ">=", "value": 2.03, "fail": 1.4, "warn": 1.5, "status": "pass" },
                { "id": "G9.4", "description": "TEST bottom-20% conversion (pooled)", "metric": "test.bottom20_rate", "op": "<", "fail": 0.02, "status": "skipped" }
              ],
              "metrics": { "gap.auc": 0.0746, "test.top_decile_lift": 2.03 }
            }
            """);
        if (leakage)
            File.WriteAllText(Path.Combine(directory, "leakage.json"), """
                {
                  "dropped": [],
                  "features": [
                    { "feature": "x0", "psi": 0.01, "sentinel": null, "flagged": false, "verdict": "ok" },
                    { "feature": "x1", "psi": 0.02, "sentinel": null, "flagged": false, "verdict": "sentinel 9999 (3.1%), 1.20x, share 3.0% -> 3.2%: below the flag thresholds" }
                  ]
                }
                """);
        return directory;
    }
}
