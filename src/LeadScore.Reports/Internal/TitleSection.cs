using LeadScore.Registry;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>The title and what the report is about: both versions, the evidence by its SHA-256, the rules, the scoring run, when it was generated.</summary>
internal static class TitleSection
{
    public static ReportSection Of(ReportContext c)
    {
        var e = c.Evidence;
        var b = c.Backtest;
        var recorded = e.BacktestEvent;
        string run = e.Warehouse is null ? "not given (pass --db WAREHOUSE)"
            : e.ScoringRun is { } r ? $"run {Escape(r.RunId)} (attempt {r.Attempt}) as of {r.AsOf:yyyy-MM-dd} in {Code(e.Warehouse)}, finished {Time(r.FinishedAt)}"
            : $"no published scoring run in {Code(e.Warehouse)}";
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Challenger", $"{c.Challenger}: {e.Challenger.Status.Name()}, registered {Time(e.Challenger.RegisteredAt)}" },
            new[] { "Champion", $"{c.Champion}: {e.Champion.Status.Name()}, registered {Time(e.Champion.RegisteredAt)}" },
            new[] { "Backtest evidence", $"SHA-256 {Code(e.EvidenceSha256)}, recorded as registry event #{recorded.Seq} on {Time(recorded.Time)} by {Escape(recorded.Actor)}" },
            new[] { "Backtest", $"policy {b.Policy} on {Escape(b.Data)}, leads contacted {b.Window}; computed {Time(b.CreatedAt.Kind == DateTimeKind.Local ? b.CreatedAt.ToUniversalTime() : b.CreatedAt)}" },
            new[] { "Decision rules", $"{(c.Rules.IsBuiltin ? "built-in" : Code(Path.GetFileName(c.Rules.Source)))}, SHA-256 {Code(c.Rules.Sha256)}" },
            new[] { "Scoring run", run },
            new[] { "Generated", $"{Time(c.Generated)} by {Code("leadscore report readiness")}" },
        };
        return new ReportSection($"Deployment readiness: {c.Challenger} against {c.Champion}", 1, Table(["Item", "Value"], rows), []);
    }
}
