using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>How registry events read on the terminal: one line for a change just made, a table for a history.</summary>
public static class RegistryView
{
    public static int Done(CliOutput output, RegistryEvent e)
    {
        output.Line($"#{e.Seq} {e.Action} {e.Version}: {string.Join(", ", e.Changes.Select(c => $"{c.Version} {c.From ?? "-"} -> {c.To}"))}" +
                    (e.Role is null ? "" : $" role {e.Role}") + (e.Forced ? " (FORCED)" : "") + (e.Reason is null ? "" : $"; reason: {e.Reason}"));
        return 0;
    }

    public static int History(CliOutput output, IReadOnlyList<RegistryEvent> events)
    {
        var table = new Table().AddPlainColumns("#", "time", "by", "action", "changes", "reason / evidence");
        foreach (var e in events)
            table.AddPlainRow(e.Seq.ToString(CultureInfo.InvariantCulture), e.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Actor,
                e.Action + (e.Role is null ? "" : $" ({e.Role})") + (e.Kind is null ? "" : $" ({e.Kind})") + (e.Forced ? " FORCED" : ""),
                string.Join(", ", e.Changes.Select(c => $"{c.Version} {c.From ?? "-"} -> {c.To}")),
                string.Join("; ", new[] { e.Reason, e.Action == "evidence" ? $"against {e.Against}: {e.Evidence}" : null, e.EvidenceSha256 is null ? null : $"evidence sha256 {e.EvidenceSha256[..12]}…" }.Where(x => x is not null)));
        output.Console.Write(table);
        return 0;
    }
}
