using System.Text;
using static LeadScore.Reports.Internal.MarkdownText;

namespace LeadScore.Reports.Internal;

/// <summary>Every file of both versions with the SHA-256 its manifest recorded and whether the file still has it, then the evidence and rules by their hashes.</summary>
internal static class ArtefactsSection
{
    public static ReportSection Of(ReportContext c)
    {
        var e = c.Evidence;
        var sb = new StringBuilder("Each file of both versions with the SHA-256 its manifest recorded at registration, checked against the file as it is now.\n");
        foreach (var (v, label) in new[] { (e.Challenger, c.ChallengerLabel), (e.Champion, c.ChampionLabel) })
        {
            sb.Append($"\n### {label}\n\n");
            sb.Append(Table(["File", "SHA-256", "Check"], v.Artefacts.Select(a => (IReadOnlyList<string>)[Code(a.File), Code(a.Sha256), State(a.State)]).ToArray()));
            if (v.Unlisted.Count > 0) sb.Append($"\nFiles in the version's folder that its manifest does not list: {string.Join(", ", v.Unlisted.Select(Code))}.\n");
            if (v.MissingArtefacts.Count > 0) sb.Append($"\nArtefacts the registration recorded as missing (never part of the version): {string.Join(", ", v.MissingArtefacts.Select(m => Code(m)))}.\n");
        }
        sb.Append("\n### Evidence and rules\n\n");
        sb.Append(Table(["What", "SHA-256"],
        [
            [$"the backtest ({Code("evidence/" + e.EvidenceSha256[..12] + "…")} in the registry)", Code(e.EvidenceSha256)],
            [$"the champion's model file as the backtest scored it ({c.Champion})", Code(c.Backtest.Champion.Model.Sha256)],
            [$"the challenger's model file as the backtest scored it ({c.Challenger})", Code(c.Backtest.Challenger.Model.Sha256)],
            [$"the decision rules ({(c.Rules.IsBuiltin ? "built-in" : Code(Path.GetFileName(c.Rules.Source)))})", Code(c.Rules.Sha256)],
        ]));
        return new ReportSection("Artefacts", sb.ToString());
    }

    private static string State(ArtefactState state) => state switch
    {
        ArtefactState.Verified => "matches",
        ArtefactState.Changed => "**changed**",
        _ => "**missing**",
    };
}
