using LeadScore.Models;
using LeadScore.Storage;
using LeadScore.Models.Gates;

namespace LeadScore.Registry;

public sealed partial class ModelRegistry
{
    /// <summary>
    /// Registers a model directory as a new candidate: its files are copied into a hidden folder with a SHA-256
    /// manifest, renamed into <c>versions/&lt;v&gt;</c>, and only then is the event written. A crash before the event
    /// leaves no registered version (verify reports and removes the leftover folder).
    /// </summary>
    public RegistryEvent Register(string modelDirectory, string version, string actor, string source, IReadOnlyList<string>? missing = null,
        DateTimeOffset? time = null)
    {
        VersionName.Check(version);
        if (!ModelDirectory.HoldsModel(modelDirectory)) throw RegistryException.NotAModelDirectory(modelDirectory);
        var target = VersionFolder(version);
        return Change(state =>
        {
            if (state.Find(version) is not null) throw RegistryException.AlreadyRegistered(version);
            return Event("register", version, actor, [new StatusChange(version, null, "candidate")], time) with { Evidence = source };
        }, () => Place(modelDirectory, target, version, source, missing ?? []));
    }

    /// <summary>Registers a version that has metadata but no model (the legacy import): its missing artefacts are listed.</summary>
    internal RegistryEvent RegisterMetadata(string folder, string version, string actor, string source, IReadOnlyList<string> missing, DateTimeOffset time)
    {
        VersionName.Check(version);
        var target = VersionFolder(version);
        return Change(state =>
        {
            if (state.Find(version) is not null) throw RegistryException.AlreadyRegistered(version);
            return Event("register", version, actor, [new StatusChange(version, null, "candidate")], time) with { Evidence = source };
        }, () => Place(folder, target, version, source, missing));
    }

    /// <summary>Retires a version without a successor (the legacy import's dated deprecations).</summary>
    internal RegistryEvent Deprecate(string version, string actor, string reason, DateTimeOffset time) => Change(state =>
    {
        var v = state.Resolve(version);
        if (v.Status is ModelStatus.Deprecated or ModelStatus.Archived or ModelStatus.RolledBack)
            throw RegistryException.Transition(v.Version, v.Status.Name(), "deprecated", "it is not in use");
        return Event("deprecate", v.Version, actor, [new StatusChange(v.Version, v.Status.Name(), "deprecated")], time) with { Reason = reason };
    });

    /// <summary>
    /// Makes a candidate a challenger (shadow scoring), or a candidate or challenger the champion. Without a backtest
    /// file, a promotion to champion relies on the evidence recorded for the version against the current champion
    /// (its newest readiness report, else its newest backtest).
    /// </summary>
    public RegistryEvent Promote(string nameOrAlias, ModelStatus to, string actor, string? reason, string? backtest, bool force, DateTimeOffset? time = null)
    {
        if (force && string.IsNullOrWhiteSpace(reason)) throw RegistryException.ReasonNeeded("--force");
        string? evidenceHash = backtest is null ? null : Manifest.Sha256(backtest);
        return Change(state =>
        {
            var v = state.Resolve(nameOrAlias);
            var changes = new List<StatusChange>();
            switch (to)
            {
                case ModelStatus.Challenger:
                    if (v.Status != ModelStatus.Candidate) throw RegistryException.Transition(v.Version, v.Status.Name(), "challenger", "only a candidate becomes a challenger");
                    break;
                case ModelStatus.Champion:
                    if (v.Status is not (ModelStatus.Candidate or ModelStatus.Challenger))
                        throw RegistryException.Transition(v.Version, v.Status.Name(), "champion", v.Status == ModelStatus.Champion ? "it is the champion already" : "only a candidate or a challenger becomes champion");
                    if (backtest is null && !force && RecordedEvidence(state, v.Version) is { } recorded)
                    {
                        backtest = recorded;
                        evidenceHash = System.IO.Path.GetFileName(recorded);
                    }
                    if (!force) CheckPromotion(state, v, backtest);
                    if (state.Champion is { } old) changes.Add(new StatusChange(old, "champion", "deprecated"));
                    break;
                default:
                    throw RegistryException.Transition(v.Version, v.Status.Name(), to.Name(), "promote moves a version to challenger or champion");
            }
            changes.Add(new StatusChange(v.Version, v.Status.Name(), to.Name()));
            return Event("promote", v.Version, actor, changes, time) with { Reason = reason, Evidence = backtest, EvidenceSha256 = evidenceHash, Forced = force };
        }, () => { if (backtest is not null) KeepEvidence(backtest, evidenceHash!); });
    }

    /// <summary>The evidence a promotion relied on, kept by its SHA-256 under <c>evidence/</c> (content-addressed, never overwritten).</summary>
    public string EvidencePath(string sha256) => System.IO.Path.Combine(Path, "evidence", sha256);

    private void KeepEvidence(string file, string sha256)
    {
        var target = EvidencePath(sha256);
        if (File.Exists(target)) return;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        AtomicFile.Copy(file, target);
    }

    /// <summary>
    /// Makes the previous champion live again and marks the current one rolled back, in one event. With
    /// <paramref name="evidence"/> (e.g. the monitoring report whose rule fired), the file is kept under
    /// <c>evidence/</c> and its SHA-256 logged, so the same evidence is never acted on twice.
    /// </summary>
    public RegistryEvent Rollback(string actor, string reason, DateTimeOffset? time = null, string? evidence = null)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw RegistryException.ReasonNeeded("rollback");
        string? evidenceHash = evidence is null ? null : Manifest.Sha256(evidence);
        return Change(state =>
        {
            var current = state.Champion ?? throw RegistryException.NothingToRollBack("there is no champion");
            var previous = state.PreviousChampion() ?? throw RegistryException.NothingToRollBack($"no earlier champion of {current} is still deprecated (archived or never promoted)");
            return Event("rollback", current, actor, [new StatusChange(current, "champion", "rolled_back"), new StatusChange(previous, "deprecated", "champion")], time)
                with { Reason = reason, Evidence = evidence, EvidenceSha256 = evidenceHash };
        }, () => { if (evidence is not null) KeepEvidence(evidence, evidenceHash!); });
    }

    /// <summary>Puts away a version that is not live.</summary>
    public RegistryEvent Archive(string nameOrAlias, string actor, string? reason) => Change(state =>
    {
        var v = state.Resolve(nameOrAlias);
        if (v.Status is ModelStatus.Champion or ModelStatus.Archived)
            throw RegistryException.Transition(v.Version, v.Status.Name(), "archived", v.Status == ModelStatus.Champion ? "the champion is live; promote another or roll back first" : "it is archived already");
        return Event("archive", v.Version, actor, [new StatusChange(v.Version, v.Status.Name(), "archived")], null) with { Reason = reason };
    });

    /// <summary>Records that a role (data-science, engineering, business) signed a version off (at <paramref name="time"/>, now when null).</summary>
    public RegistryEvent SignOff(string nameOrAlias, string role, string actor, string? note, DateTimeOffset? time = null) => Change(state =>
    {
        if (!Lifecycle.SignOffRoles.Contains(role)) throw RegistryException.UnknownRole(role);
        var v = state.Resolve(nameOrAlias);
        return Event("sign-off", v.Version, actor, [], time) with { Role = role, Reason = note };
    });

    private void CheckPromotion(RegistryState state, VersionState v, string? backtest)
    {
        GateReport gates;
        try { gates = GateReport.Read(VersionFolder(v.Version)) ?? throw RegistryException.GatesMissing(v.Version); }
        catch (ModelDirectoryException e) { throw RegistryException.Tampered(v.Version, e.Message); }
        if (gates.Overall == GateStatus.Fail) throw RegistryException.GatesFailed(v.Version, gates.Failed);
        if (state.Champion is { } champion && backtest is null) throw RegistryException.BacktestNeeded(v.Version, champion);
        var missing = RequiredSignOffs.Except(v.SignOffs).ToArray();
        if (missing.Length > 0) throw RegistryException.SignOffsMissing(v.Version, missing);
    }

    private static RegistryEvent Event(string action, string version, string actor, IReadOnlyList<StatusChange> changes, DateTimeOffset? time) =>
        new(0, time ?? DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, actor, action, version, changes);

    private void Place(string source, string target, string version, string from, IReadOnlyList<string> missing)
    {
        // A folder without a register event is a leftover of a crash between the rename and the event: it is replaced.
        using var folder = new AtomicFolder(target, replace: true);
        foreach (var file in Directory.GetFiles(source)) folder.CopyIn(file);
        folder.WriteText(Manifest.FileName, Manifest.Of(folder.Path, version, from, missing).ToJson());
        CrashPoint.At("after-copy");
        folder.Commit();
        CrashPoint.At("after-rename");
    }
}
