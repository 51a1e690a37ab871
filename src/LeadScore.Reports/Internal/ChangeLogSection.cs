using System.Globalization;
using LeadScore.Registry;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>The change log: every registry event of either version, oldest first, with its time, actor, action, status changes and reason or evidence.</summary>
internal static class ChangeLogSection
{
    public static ReportSection Of(ReportContext c)
    {
        var rows = c.Evidence.Events.Select(e => (IReadOnlyList<string>)
        [
            e.Seq.ToString(CultureInfo.InvariantCulture), Time(e.Time), Escape(e.Actor), Action(e), Version(e), Escape(Changes(e)), Detail(e),
        ]).ToArray();
        var body = $"Every event of {c.Challenger} and {c.Champion} in the registry's append-only log, oldest first.\n\n" +
                   Table(["#", "Time", "By", "Action", "Version", "Changes", "Reason / evidence"], rows, 0);
        return new ReportSection("Change log", body);
    }

    private static string Action(RegistryEvent e) =>
        e.Action + (e.Role is null ? "" : $" ({e.Role})") + (e.Kind is null ? "" : $" ({e.Kind})") + (e.Forced ? " **FORCED**" : "");

    private static string Version(RegistryEvent e) => e.Against is null ? e.Version : $"{e.Version} against {e.Against}";

    private static string Changes(RegistryEvent e) => e.Changes.Count == 0 ? "–" : string.Join(", ", e.Changes.Select(c => $"{c.Version} {c.From ?? "–"} → {c.To}"));

    private static string Detail(RegistryEvent e)
    {
        var parts = new List<string>();
        if (e.Reason is not null) parts.Add(Escape(e.Reason));
        if (e.Action == "evidence" && e.Evidence is not null) parts.Add(Escape(e.Evidence));
        if (e.EvidenceSha256 is not null) parts.Add($"SHA-256 {Code(Short(e.EvidenceSha256))}");
        return string.Join("; ", parts);
    }
}
