namespace LeadScore.Monitoring.Internal;

/// <summary>What makes a rule one the monitor can evaluate, checked whenever a <see cref="RuleSet"/> is built.</summary>
internal static class RuleCheck
{
    public static IReadOnlyList<Rule> Valid(string set, IReadOnlyList<Rule>? rules)
    {
        if (rules is null || rules.Count == 0) throw MonitoringException.NoRules(set);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Name)) throw MonitoringException.InvalidRule(set, "(no name)", "give the rule a name.");
            if (!names.Add(rule.Name)) throw MonitoringException.DuplicateRule(set, rule.Name);
            if (Problem(rule) is { } problem) throw MonitoringException.InvalidRule(set, rule.Name, problem);
        }
        return rules.ToArray();
    }

    /// <summary>Why the rule cannot be evaluated, or null.</summary>
    public static string? Problem(Rule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Description)) return "give the rule a description (what it is for, e.g. the spec's words).";
        if (!Enum.IsDefined(rule.Metric) || !Enum.IsDefined(rule.Window) || !Enum.IsDefined(rule.Comparison) || !Enum.IsDefined(rule.Evidence)
            || !Enum.IsDefined(rule.Model) || !Enum.IsDefined(rule.Action))
            return "a field holds a value that is not one of its choices.";
        if (rule.Action == RuleAction.None) return "action 'none' asks for nothing; give alert, planned-rollback, immediate-rollback or promote-challenger.";
        if (rule.Consecutive < 1) return $"consecutive is {rule.Consecutive}; give the number of periods in a row, at least 1.";
        if (!(rule.Confidence > 0.5 && rule.Confidence < 1)) return $"confidence is {rule.Confidence}; give a level in (0.5, 1), e.g. 0.95.";
        if (!(double.IsFinite(rule.MixtureSd) && rule.MixtureSd > 0)) return $"mixture_sd is {rule.MixtureSd}; give a positive rate difference, e.g. 0.05.";
        if (ThresholdProblem(rule) is { } threshold) return threshold;
        if (rule.Metric == RuleMetric.ChallengerMinusChampionRate && rule.Model != JudgedModel.Challenger)
            return "challenger_minus_champion_rate compares a challenger with the champion; set model to challenger.";
        if (rule.Action == RuleAction.PromoteChallenger && rule.Model != JudgedModel.Challenger)
            return "promote-challenger needs a rule about a challenger; set model to challenger.";
        if (rule.Evidence == EvidenceStandard.Sequential)
        {
            if (rule.Metric != RuleMetric.ChallengerMinusChampionRate)
                return "sequential evidence compares two models on the same leads (challenger_minus_champion_rate): a single rate's labels keep " +
                       "arriving for 43 days, so use interval evidence with adjust_for_maturity for it.";
            if (rule.Threshold != 0) return "a sequential test asks whether the models differ at all; set threshold to 0.";
        }
        if (rule.IsDrift)
        {
            if (rule.Evidence != EvidenceStandard.Point) return "a PSI has no interval here; use point evidence for psi and psi_trend.";
            if (rule.Window != RuleWindow.Month) return "PSI is measured once per scoring run (monthly); use window month.";
            if (rule.Model != JudgedModel.Champion) return "PSI readings describe the champion's inputs and score; set model to champion.";
            if (rule.Metric == RuleMetric.PsiTrend && rule.Runs < 3) return $"runs is {rule.Runs}; a trend needs at least 3 scoring runs.";
            if (rule.Metric == RuleMetric.PsiTrend && rule.Consecutive != 1) return "a PSI trend is fitted over runs; set runs, and consecutive to 1.";
        }
        return null;
    }

    private static string? ThresholdProblem(Rule rule)
    {
        var t = rule.Threshold;
        if (!double.IsFinite(t)) return "threshold must be a finite number.";
        return rule.Metric switch
        {
            RuleMetric.OverallRate or RuleMetric.TopDecileRate or RuleMetric.BottomFifthRate when t is < 0 or > 1 =>
                $"threshold {t} is not a rate; give a fraction in [0, 1] (0.03 for 3%).",
            RuleMetric.TopDecileLift or RuleMetric.Psi when t < 0 => $"threshold {t} is negative; give e.g. 1.5 for a lift, 0.25 for a PSI.",
            RuleMetric.ChallengerMinusChampionRate when t is < -1 or > 1 => $"threshold {t} is not a difference of rates; give a fraction in [-1, 1].",
            _ => null,
        };
    }
}
