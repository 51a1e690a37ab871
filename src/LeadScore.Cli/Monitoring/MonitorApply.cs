using LeadScore.Warehouse.Monitoring;
using System.Security.Cryptography;
using System.Text;
using LeadScore.Cli.Terminal;
using LeadScore.Monitoring;
using LeadScore.Registry;

namespace LeadScore.Cli.Monitoring;

/// <summary>
/// <c>monitor --apply</c>: the strongest action of the report performed through the registry, with the rules that fired
/// and their evidence as the reason and the report kept as evidence (by SHA-256). A rollback happens only while the
/// list's champion is still live, and never twice on the same evidence; an alert changes nothing. <c>time</c> dates the
/// event (now when null; the demo dates it in its synthetic calendar).
/// </summary>
public static class MonitorApply
{
    public static void Run(CliOutput output, ModelRegistry registry, MonitorInputs inputs, MonitorReport report, string actor, DateTimeOffset? time = null)
    {
        var fired = report.Rules.Where(r => r.Fired && r.Action == report.Strongest).ToList();
        if (report.Strongest is RuleAction.None or RuleAction.Alert)
        {
            output.Line($"--apply: nothing to do ({(report.Strongest == RuleAction.None ? "no rule fired" : "alerts change nothing in the registry")})");
            return;
        }
        string json = MonitorEvidence.Json(inputs, report);
        string sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var state = registry.State();
        if (state.Events.FirstOrDefault(e => e.EvidenceSha256 == sha) is { } done)
        {
            output.Line($"--apply: already acted on this evidence (event #{done.Seq}, {done.Action} {done.Version}); nothing done");
            return;
        }
        string reason = $"monitor {inputs.List.ListId} as of {report.AsOf:yyyy-MM-dd}: " + string.Join("; ", fired.Select(r => $"rule {r.Rule} fired: {r.Evidence}"));
        string file = Path.Combine(Path.GetTempPath(), $"leadscore-monitor-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, json);
            if (report.Strongest == RuleAction.PromoteChallenger)
            {
                var challenger = fired[0].Model;
                var e = registry.Promote(challenger, ModelStatus.Champion, actor, reason, file, force: false, time);
                output.Line($"--apply: promoted {challenger} to champion (event #{e.Seq}); evidence SHA-256 {sha}");
                return;
            }
            if (state.Champion != inputs.List.Champion)
            {
                output.Line($"--apply: nothing done: the list's champion {inputs.List.Champion} is no longer live (the registry's champion is {state.Champion ?? "none"})");
                return;
            }
            var rollback = registry.Rollback(actor, reason, time, evidence: file);
            output.Line($"--apply: rolled back {rollback.Version} (event #{rollback.Seq}: {string.Join(", ", rollback.Changes.Select(c => $"{c.Version} {c.From} -> {c.To}"))}); evidence SHA-256 {sha}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
