using LeadScore.Backtest;
using LeadScore.Registry;

namespace LeadScore.Reports;

public sealed partial record ReadinessEvidence
{
    /// <summary>
    /// Gathers the evidence for <paramref name="request"/> from the registry (and the warehouse, when named): the
    /// champion defaults to the registry's, the backtest to the newest recorded for the pair. The kept backtest file
    /// must still match its SHA-256.
    /// </summary>
    /// <exception cref="ReportException">No champion, the same version twice, no backtest for the pair, or kept evidence missing, changed or unreadable.</exception>
    /// <exception cref="RegistryException">A version is not in the registry, or the registry is damaged.</exception>
    public static ReadinessEvidence Collect(ModelRegistry registry, ReadinessRequest request)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(request);
        var state = registry.State();
        var challenger = state.Resolve(request.Challenger);
        var champion = request.Champion is { } named ? state.Resolve(named)
            : state.Champion is { } live ? state.Resolve(live) : throw ReportException.NoChampion(registry.Path, challenger.Version);
        if (champion.Version == challenger.Version) throw ReportException.SameVersion(challenger.Version);

        var recorded = registry.EvidenceFor(challenger.Version, "backtest", champion.Version);
        var chosen = request.EvidenceSha256 is { } sha ? Chosen(recorded, sha, challenger.Version, champion.Version)
            : recorded.FirstOrDefault() ?? throw ReportException.NoBacktest(registry.Path, challenger.Version, champion.Version);
        var backtest = Kept(registry, chosen.EvidenceSha256!);

        var events = state.Events.Where(e => Concerns(e, challenger.Version) || Concerns(e, champion.Version)).ToArray();
        var run = request.Warehouse is null ? null : ScoringRunEvidence.Latest(request.Warehouse);
        return new ReadinessEvidence(VersionEvidence.Read(registry, challenger), VersionEvidence.Read(registry, champion), chosen, backtest,
            registry.RequiredSignOffs, events, request.Warehouse is null ? null : Path.GetFileName(request.Warehouse), run);
    }

    private static bool Concerns(RegistryEvent e, string version) => e.Version == version || e.Changes.Any(c => c.Version == version);

    private static RegistryEvent Chosen(IReadOnlyList<RegistryEvent> recorded, string sha, string challenger, string champion)
    {
        var wanted = sha.Trim().ToLowerInvariant();
        var matches = wanted.Length >= 8 && wanted.All(Uri.IsHexDigit)
            ? recorded.Where(e => e.EvidenceSha256!.StartsWith(wanted, StringComparison.Ordinal)).DistinctBy(e => e.EvidenceSha256).ToArray()
            : [];
        return matches.Length switch
        {
            1 => recorded.First(e => e.EvidenceSha256 == matches[0].EvidenceSha256),
            0 => throw ReportException.EvidenceNotRecorded(sha, challenger, champion, recorded.Select(e => e.EvidenceSha256!).Distinct().ToArray()),
            _ => throw ReportException.EvidenceAmbiguous(sha, matches.Select(e => e.EvidenceSha256!).ToArray()),
        };
    }

    private static BacktestResult Kept(ModelRegistry registry, string sha)
    {
        var path = registry.EvidencePath(sha);
        if (!File.Exists(path)) throw ReportException.EvidenceMissing(sha, path);
        if (Manifest.Sha256(path) != sha) throw ReportException.EvidenceChanged(sha, path);
        try
        {
            return BacktestResult.Read(path);
        }
        catch (BacktestException e)
        {
            throw ReportException.EvidenceUnreadable(e.Message);
        }
    }
}
