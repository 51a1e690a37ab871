using System.Globalization;
using System.Text;
using LeadScore.Models.Gates;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>
/// The risks the evidence shows: the test set's size and power (and the months a decisive test needs), training's
/// leakage flags, the last scoring run's train/serve skew, the gates that warned or were skipped, and the backtest's
/// own caveats.
/// </summary>
internal static class RisksSection
{
    public static ReportSection Of(ReportContext c)
    {
        var b = c.Backtest;
        var sb = new StringBuilder("### Test-set size and power\n\n");
        int kept = Math.Min(b.Champion.Kept, b.Challenger.Kept);
        if (c.Facts.Power is { } power)
            sb.Append($"The smaller arm holds {Count(kept)} leads. At the observed rates ({Percent(b.Challenger.Rate.Rate)} against {Percent(b.Champion.Rate.Rate)}) a " +
                      $"two-sided test at α 0.05 with that many leads per arm detects the difference {Percent(power, 0)} of the time. ");
        sb.Append(Escape(b.Comparison.PowerMeaning)).Append('\n');

        sb.Append("\n### Training leakage\n\n");
        foreach (var v in new[] { c.Evidence.Challenger, c.Evidence.Champion }) sb.Append($"- {Leakage(v)}\n");

        sb.Append("\n### Train/serve skew\n\n");
        sb.Append(Skew(c));

        var gates = c.Evidence.Challenger.Gates?.Gates.Where(g => g.Status is GateStatus.Warn or GateStatus.Skipped).ToArray() ?? [];
        if (gates.Length > 0)
        {
            sb.Append($"\n### Gates of {c.Challenger} that warned or could not be checked\n\n");
            foreach (var g in gates) sb.Append($"- {ChecklistSection.Gate(g)}\n");
        }
        if (b.Notes.Count > 0)
        {
            sb.Append("\n### Caveats the backtest records\n\n");
            foreach (var note in b.Notes) sb.Append($"- {Escape(note)}\n");
        }
        var figure = ReadinessCharts.Power(c);
        return new ReportSection("Risks", 2, sb.ToString(), figure is null ? [] : [figure]);
    }

    private static string Leakage(VersionEvidence v)
    {
        if (v.Leakage is not { } leakage)
            return $"{v.Version}: training recorded no leakage check ({Code("leakage.json")} is not among its artefacts: it was not trained by {Code("leadscore train")}), so leakage is unknown.";
        var flagged = leakage.Flagged;
        string dropped = leakage.Dropped.Count == 0 ? "" : $" Training dropped {string.Join(", ", leakage.Dropped.Select(Code))} as leaky.";
        return flagged.Count == 0
            ? $"{v.Version}: the leakage check flagged none of {leakage.Features.Count} features.{dropped}"
            : $"{v.Version}: the leakage check flagged {string.Join("; ", flagged.Select(f => $"{Code(f.Feature)} ({Escape(f.Verdict)})"))}.{dropped}";
    }

    private static string Skew(ReportContext c)
    {
        var e = c.Evidence;
        if (e.Warehouse is null) return "Not given: pass --db WAREHOUSE to read the last published scoring run's train/serve skew checks.\n";
        if (e.ScoringRun is not { } run) return $"{Code(e.Warehouse)} holds no published scoring run, so train/serve skew is unknown.\n";
        var sb = new StringBuilder($"From the last published scoring run, {Escape(run.RunId)} as of {run.AsOf:yyyy-MM-dd}: each feature's population stability between the model's training rows and the advisors scored.\n\n");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var v in new[] { c.Challenger, c.Champion })
        {
            var skew = run.Checks.Where(k => k.Model == v && k.IsSkew).ToArray();
            if (!run.Models.Any(m => m.Version == v)) { rows.Add([v, "not scored in this run", "", "", ""]); continue; }
            foreach (var k in skew.Where(k => k.Outcome != "pass")) rows.Add([v, Code(k.Check[6..]), Escape(k.Value), Escape(k.Expected), k.Outcome]);
            var passed = skew.Where(k => k.Outcome == "pass").ToArray();
            if (passed.Length > 0)
            {
                var worst = passed.MaxBy(k => Psi(k.Value))!;
                rows.Add([v, $"{passed.Length} other features", $"largest PSI {Number(Psi(worst.Value), "0.000")} ({Code(worst.Check[6..])})", Escape(worst.Expected.Split(';')[0]), "pass"]);
            }
            if (skew.Length == 0) rows.Add([v, "no skew check (no training profile)", "", "", ""]);
        }
        sb.Append(Table(["Model", "Feature", "Value", "Expected", "Outcome"], rows));
        return sb.ToString();
    }

    private static double Psi(string value) =>
        value.StartsWith("PSI ", StringComparison.Ordinal) && double.TryParse(value[4..].Split(';')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var psi) ? psi : 0;
}
