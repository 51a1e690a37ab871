using LeadScore.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

public class EvidenceTests
{
    [Fact]
    public void Evidence_is_kept_by_its_sha_logged_without_a_status_change_and_replayed()
    {
        using var folder = new TempFolder();
        var (path, registry) = SomeVersions.TwoVersions(folder);
        var file = folder.File("bt.json");
        File.WriteAllText(file, "{\"verdict\": \"not enough evidence\"}");
        var e = registry.RecordEvidence("v2", "backtest", file, "v1", "backtest drop-bottom 2025-09-01..2025-10-31: not enough evidence", "ana");
        Assert.Equal(("evidence", "backtest", "v1", Manifest.Sha256(file)), (e.Action, e.Kind, e.Against, e.EvidenceSha256));
        Assert.Empty(e.Changes);
        Assert.Equal(File.ReadAllText(file), File.ReadAllText(registry.EvidencePath(e.EvidenceSha256!)));
        var reopened = ModelRegistry.Open(path);
        Assert.Equal(e.Seq, Assert.Single(reopened.EvidenceFor("v2")).Seq);
        Assert.Empty(reopened.EvidenceFor("v2", "readiness"));
        Assert.Empty(reopened.EvidenceFor("v2", against: "v0"));
        Assert.Empty(reopened.Verify().Problems);
        Assert.Equal("candidate", reopened.State().Find("v2")!.Status.Name());
    }

    [Fact]
    public void Promotion_prefers_the_readiness_report_over_the_backtest_and_only_against_the_current_champion()
    {
        using var folder = new TempFolder();
        var (_, registry) = SomeVersions.TwoVersions(folder);
        File.WriteAllText(folder.File("old.json"), "against v0");
        File.WriteAllText(folder.File("bt.json"), "backtest");
        File.WriteAllText(folder.File("report.md"), "# readiness");
        registry.RecordEvidence("v2", "backtest", folder.File("old.json"), "v0", "stale", "ana");
        Assert.Contains("needs a backtest against the current champion v1", Assert.Throws<RegistryException>(() => registry.Promote("v2", ModelStatus.Champion, "ana", null, null, false)).Message);
        registry.RecordEvidence("v2", "backtest", folder.File("bt.json"), "v1", "backtest", "ana");
        var report = registry.RecordEvidence("v2", "readiness", folder.File("report.md"), "v1", "readiness report", "ana");
        var promotion = registry.Promote("v2", ModelStatus.Champion, "bo", null, null, false);
        Assert.Equal(report.EvidenceSha256, promotion.EvidenceSha256);
    }

    [Fact]
    public void An_evidence_event_for_an_unknown_version_or_kind_does_not_replay()
    {
        using var folder = new TempFolder();
        var (path, registry) = SomeVersions.TwoVersions(folder);
        Assert.Throws<RegistryException>(() => registry.RecordEvidence("v9", "backtest", SomeVersions.ModelDirectory(folder, "c") + "/model.json", "v1", "x", "ana"));
        Assert.Throws<ArgumentException>(() => registry.RecordEvidence("v2", "hunch", SomeVersions.ModelDirectory(folder, "d") + "/model.json", "v1", "x", "ana"));
        var line = $"{{\"seq\":{registry.State().LastSeq + 1},\"time\":\"2026-01-01T00:00:00+00:00\",\"recorded_at\":\"2026-01-01T00:00:00+00:00\",\"actor\":\"x\",\"action\":\"evidence\",\"version\":\"v2\",\"changes\":[],\"kind\":\"hunch\",\"evidence_sha256\":\"ab\"}}";
        File.AppendAllText(Path.Combine(path, "events.jsonl"), line + "\n");
        Assert.Contains("'hunch' is not a kind of evidence", Assert.Throws<RegistryException>(() => ModelRegistry.Open(path).State()).Message);
    }
}
