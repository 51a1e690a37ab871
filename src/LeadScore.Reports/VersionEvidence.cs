using LeadScore.Models;
using LeadScore.Models.Gates;
using LeadScore.Registry;

namespace LeadScore.Reports;

/// <summary>
/// What the registry holds for one version, as a readiness report uses it: its status and registration time, every
/// artefact checked against the manifest (plus files the manifest does not list and artefacts it records as missing),
/// the SHA-256 of its model file, its gate results and training's leakage report.
/// </summary>
public sealed record VersionEvidence(
    string Version,
    ModelStatus Status,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<ArtefactCheck> Artefacts,
    IReadOnlyList<string> Unlisted,
    IReadOnlyList<string> MissingArtefacts,
    string? ModelSha256,
    GateReport? Gates,
    TrainingLeakage? Leakage)
{
    /// <summary>Every file the manifest lists still has its SHA-256, and the folder holds no other file.</summary>
    public bool Verified => Artefacts.All(a => a.State == ArtefactState.Verified) && Unlisted.Count == 0;

    /// <summary>The version's gates were recorded and none failed.</summary>
    public bool GatesPass => Gates is not null && Gates.Overall != GateStatus.Fail;

    /// <summary>Reads a registered version's folder (without refusing a damaged one: the report says what is wrong).</summary>
    public static VersionEvidence Read(ModelRegistry registry, VersionState version)
    {
        var folder = registry.VersionFolder(version.Version);
        var manifest = Manifest.Read(folder, version.Version);
        var artefacts = manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
        {
            var path = Path.Combine(folder, f.Key);
            var state = !File.Exists(path) ? ArtefactState.Missing : Manifest.Sha256(path) == f.Value ? ArtefactState.Verified : ArtefactState.Changed;
            return new ArtefactCheck(f.Key, f.Value, state);
        }).ToArray();
        var unlisted = Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n != Manifest.FileName && !manifest.Files.ContainsKey(n!))
            .Order(StringComparer.Ordinal).ToArray();
        string? model = manifest.Files.Where(f => f.Key is ModelDirectory.ModelFile or ModelDirectory.XGBoostModelFile).Select(f => f.Value).FirstOrDefault();
        bool gatesIntact = artefacts.All(a => a.File != ModelDirectory.GatesFile || a.State == ArtefactState.Verified);
        bool leakageIntact = artefacts.All(a => a.File != ModelDirectory.LeakageFile || a.State == ArtefactState.Verified);
        return new VersionEvidence(version.Version, version.Status, version.RegisteredAt, artefacts, unlisted!, manifest.Missing, model,
            gatesIntact ? GateReport.Read(folder) : null, leakageIntact ? TrainingLeakage.Read(folder) : null);
    }
}
