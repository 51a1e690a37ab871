using LeadScore.Storage;

namespace LeadScore.Registry;

public sealed partial class ModelRegistry
{
    /// <summary>
    /// Keeps a piece of evidence for a version — a backtest result or the readiness report written from it — under
    /// <c>evidence/&lt;sha256&gt;</c> and logs it (action <c>evidence</c>, no status change) with the champion it
    /// compares against, where <c>report readiness</c> and <c>registry promote</c> find it. <paramref name="time"/> dates
    /// the event (now when null).
    /// </summary>
    public RegistryEvent RecordEvidence(string nameOrAlias, string kind, string file, string? against, string summary, string actor,
        DateTimeOffset? time = null)
    {
        if (!Lifecycle.EvidenceKinds.Contains(kind)) throw new ArgumentException($"unknown evidence kind {kind}", nameof(kind));
        string sha = Manifest.Sha256(file);
        return Change(state =>
        {
            var v = state.Resolve(nameOrAlias);
            return Event("evidence", v.Version, actor, [], time) with { Kind = kind, Against = against, Evidence = summary, EvidenceSha256 = sha };
        }, () => KeepEvidence(file, sha));
    }

    /// <summary>The evidence recorded for a version, newest first, optionally of one kind and against one champion.</summary>
    public IReadOnlyList<RegistryEvent> EvidenceFor(string nameOrAlias, string? kind = null, string? against = null)
    {
        var state = State();
        var version = state.Resolve(nameOrAlias).Version;
        return state.Events.Where(e => e.Action == "evidence" && e.Version == version && (kind is null || e.Kind == kind) && (against is null || e.Against == against))
            .OrderByDescending(e => e.Seq).ToList();
    }

    /// <summary>The registered version whose model file has this SHA-256 (how a backtest of a model file finds its version), or null.</summary>
    public string? VersionWithModel(string sha256)
    {
        foreach (var v in State().Versions)
        {
            var folder = VersionFolder(v.Version);
            if (!Directory.Exists(folder)) continue;
            if (Manifest.Read(folder, v.Version).Files.Any(f => f.Value == sha256 && f.Key is "model.txt" or "model.json")) return v.Version;
        }
        return null;
    }

    // Promotion to champion without a file: the newest readiness report, else the newest backtest, against the current champion.
    private string? RecordedEvidence(RegistryState state, string version)
    {
        if (state.Champion is not { } champion) return null;
        var recorded = state.Events.Where(e => e.Action == "evidence" && e.Version == version && e.Against == champion && e.EvidenceSha256 is not null)
            .OrderBy(e => e.Kind == "readiness" ? 0 : 1).ThenByDescending(e => e.Seq).FirstOrDefault();
        return recorded is null ? null : EvidencePath(recorded.EvidenceSha256!);
    }
}
