using System.Text;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>The recommendation, the rule that decided it, every rule tried before it with the conditions that did not hold, and the facts the rules saw with where each came from.</summary>
internal static class RecommendationSection
{
    public static ReportSection Of(ReportContext c)
    {
        var d = c.Decision;
        var f = c.Facts;
        var sb = new StringBuilder();
        sb.Append($"**{d.Rule.Outcome.Words()}.** Rule {Code(d.Rule.Name)} (rule {d.Position} of {c.RulesName}) decided: {Escape(d.Rule.Because)}\n\n");
        sb.Append("The rules are tried in order; the first whose conditions all hold decides. A condition on a fact the evidence does not hold does not hold. " +
                  $"{(c.Rules.IsBuiltin ? $"The built-in rules are {Code(ReportException.BuiltinRules)}" : $"The rules came from {Code(Path.GetFileName(c.Rules.Source))}")}" +
                  $" (SHA-256 {Code(c.Rules.Sha256)}); {Code("--rules FILE")} replaces them.\n\n");
        var rows = c.Rules.Rules.Select((rule, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Code(rule.Name), Escape(rule.Conditions), rule.Outcome.Name(), Result(rule, i + 1, d, f),
        ]).ToArray();
        sb.Append(Table(["#", "Rule", "Conditions", "Outcome", "Result"], rows, 0));
        sb.Append("\nThe facts the rules saw:\n\n");
        sb.Append(Table(["Fact", "Value", "From"], Facts(c), []));
        return new ReportSection("Recommendation", sb.ToString());
    }

    private static string Result(ReadinessRule rule, int position, RuleDecision d, ReadinessFacts f)
    {
        if (position > d.Position) return "not reached";
        if (position == d.Position) return "**holds: decides**";
        return "no: " + Escape(string.Join("; ", rule.When.Where(w => !w.Holds(f)).Select(w => w.Observed(f))));
    }

    private static IReadOnlyList<IReadOnlyList<string>> Facts(ReportContext c)
    {
        var f = c.Facts;
        var e = c.Evidence;
        var cmp = c.Backtest.Comparison;
        string Flag(bool value) => value ? "true" : "false";
        var gates = e.Challenger.Gates is { } g ? $"{ModelFile("gates.json")} of {c.Challenger} (overall {g.Overall.ToString().ToLowerInvariant()})" : $"{c.Challenger} recorded no gates.json";
        var missing = e.MissingSignOffs;
        return
        [
            ["verdict", f.Verdict, "the paired bootstrap's 95% interval of the rate difference"],
            ["gates_pass", Flag(f.GatesPass), gates],
            ["artefacts_verified", Flag(f.ArtefactsVerified), "both versions' files against the SHA-256s of their manifests (Artefacts)"],
            ["backtest_matches_registry", Flag(f.BacktestMatchesRegistry), "the model files the backtest scored against the registered ones, by SHA-256"],
            ["sign_offs_complete", Flag(f.SignOffsComplete), e.RequiredSignOffs.Count == 0 ? "the registry requires no sign-off" : missing.Count == 0 ? $"every required role signed {c.Challenger} off" : $"missing: {string.Join(", ", missing)}"],
            ["leakage_flagged", f.LeakageFlagged is { } l ? Flag(l) : "not known", f.LeakageFlagged is null ? $"{c.Challenger} has no {ModelFile("leakage.json")} (not trained by leadscore train)" : $"{ModelFile("leakage.json")} of {c.Challenger}"],
            ["skew_warnings", f.SkewWarnings is { } s ? Count(s) : "not known", SkewSource(c)],
            ["rate_difference_lower, rate_difference_upper", $"{Signed(f.RateDifferenceLower, "0.0000")}, {Signed(f.RateDifferenceUpper, "0.0000")}", $"the paired 95% interval, in rates ({Points(f.RateDifferenceLower)} to {Points(f.RateDifferenceUpper)} points)"],
            ["auc_difference_lower, auc_difference_upper", $"{Signed(f.AucDifferenceLower, "0.0000")}, {Signed(f.AucDifferenceUpper, "0.0000")}", "DeLong's 95% interval of challenger AUC − champion AUC"],
            ["probability_higher", Number(f.ProbabilityHigher, "0.000"), $"Beta({Number(cmp.Bayes.PriorAlpha, "0.##")}, {Number(cmp.Bayes.PriorBeta, "0.##")}) posteriors of both rates"],
            ["power", f.Power is { } p ? Number(p, "0.000") : "not known", $"a two-sided test at α 0.05 of the observed rates with {Count(Math.Min(c.Backtest.Champion.Kept, c.Backtest.Challenger.Kept))} leads per arm"],
        ];
    }

    private static string ModelFile(string name) => Code(name);

    private static string SkewSource(ReportContext c) =>
        c.Evidence.Warehouse is null ? "no --db: the last scoring run was not given"
        : c.Evidence.ScoringRun is null ? $"no published scoring run in {Code(c.Evidence.Warehouse)}"
        : c.Facts.SkewWarnings is null ? $"{c.Challenger} was not scored in run {Escape(c.Evidence.ScoringRun.RunId)}"
        : $"skew checks of {c.Challenger} that warned or failed in run {Escape(c.Evidence.ScoringRun.RunId)}";
}
