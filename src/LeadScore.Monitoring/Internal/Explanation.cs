using System.Globalization;

namespace LeadScore.Monitoring.Internal;

/// <summary>A verdict put into words and numbers for a <see cref="RuleOutcome"/>.</summary>
internal static class Explanation
{
    public static (string Evidence, Dictionary<string, double> Numbers) Of(Rule rule, Verdict verdict, ILeadTallies tallies, DateOnly asOf) =>
        verdict switch
        {
            RateVerdict rate => Rate(rule, rate, tallies, asOf),
            SequentialVerdict sequential => Sequential(rule, sequential, asOf),
            DriftVerdict drift => Drift(rule, drift),
            _ => throw new InvalidOperationException($"no explanation for {verdict.GetType().Name}"),
        };

    private static (string, Dictionary<string, double>) Rate(Rule rule, RateVerdict verdict, ILeadTallies tallies, DateOnly asOf)
    {
        var numbers = new Dictionary<string, double>
        {
            ["threshold"] = rule.Threshold,
            ["consecutive_needed"] = rule.Consecutive,
            ["consecutive_beyond"] = verdict.Judged.Reverse().TakeWhile(j => j.Measurement.Beyond(rule)).Count(),
            ["confidence"] = rule.Confidence,
        };
        var window = rule.Window.ToString().ToLowerInvariant();
        var needs = $"the rule needs {Standard(rule)} on {rule.Consecutive} {window}{(rule.Consecutive == 1 ? "" : "s")} in a row";
        if (verdict.Judged.Count == 0)
            return ($"Not fired: no {window} with a measurable {Text.Name(rule.Metric)} has ended by {Text.Date(asOf)}; {needs}.", numbers);
        var latest = verdict.Judged[^1].Measurement;
        numbers["value"] = latest.Value;
        numbers["lower"] = latest.Lower;
        numbers["upper"] = latest.Upper;
        numbers["maturity"] = latest.Maturity;
        numbers["leads"] = latest.Tally.Leads;
        numbers["conversions"] = latest.Tally.Conversions;
        if (rule.Metric == RuleMetric.ChallengerMinusChampionRate)
        {
            numbers["champion_leads"] = latest.Other.Leads;
            numbers["champion_conversions"] = latest.Other.Conversions;
        }
        var periods = string.Join("; ", verdict.Judged.Select(j => Describe(rule, j.Period, j.Measurement, tallies)));
        var text = verdict.Fired
            ? $"Fired: the {Text.Name(rule.Metric)} was {Standard(rule)} " +
              (rule.Consecutive == 1 ? $"at the end of the last {window}" : $"on each of the last {rule.Consecutive} {window}s") + $" — {periods}."
            : verdict.Judged.Count < rule.Consecutive
                ? $"Not fired: only {verdict.Judged.Count} {window}(s) with a measurable {Text.Name(rule.Metric)} have ended — {periods}; {needs}."
                : $"Not fired: {periods}; {needs}.";
        return (text, numbers);
    }

    private static string Describe(Rule rule, Period period, Measurement m, ILeadTallies tallies)
    {
        var label = rule.Cumulative && period.Window != RuleWindow.Month ? $"the list to the end of {period.Label(tallies)}" : period.Label(tallies);
        var counts = rule.Metric == RuleMetric.ChallengerMinusChampionRate
            ? $"challenger's picks {m.Tally.Conversions}/{m.Tally.Leads}, champion's {m.Other.Conversions}/{m.Other.Leads}"
            : $"{m.Tally.Conversions}/{m.Tally.Leads} converted";
        var adjusted = rule.AdjustForMaturity ? $", {Text.Share(m.Maturity)} mature, adjusted" : "";
        return $"{label}: {Text.Value(rule.Metric, m.Value)} ({counts}{adjusted}; " +
               $"{Text.Share(rule.Confidence)} interval {Text.Value(rule.Metric, m.Lower)} to {Text.Value(rule.Metric, m.Upper)})";
    }

    private static string Standard(Rule rule)
    {
        var side = rule.Comparison == RuleComparison.Below ? "below" : "above";
        var threshold = Text.Value(rule.Metric, rule.Threshold);
        var maturity = rule.AdjustForMaturity ? " (adjusted for label maturity)" : " (as observed, no maturity adjustment)";
        return rule.Evidence == EvidenceStandard.Point
            ? $"{side} {threshold}{maturity}"
            : $"{side} {threshold} with its whole {Text.Share(rule.Confidence)} interval{maturity}";
    }

    private static (string, Dictionary<string, double>) Sequential(Rule rule, SequentialVerdict verdict, DateOnly asOf)
    {
        var alpha = 1 - rule.Confidence;
        var numbers = new Dictionary<string, double>
        {
            ["threshold"] = rule.Threshold,
            ["boundary"] = 1 / alpha,
            ["p_value"] = verdict.PValue,
            ["looks"] = verdict.Looks,
            ["mixture_sd"] = rule.MixtureSd,
        };
        if (verdict.Latest is not { } latest) return ($"Not fired: no lead was contacted by {Text.Date(asOf)}.", numbers);
        numbers["difference"] = latest.Difference;
        numbers["likelihood_ratio"] = latest.LikelihoodRatio;
        numbers["leads"] = verdict.Challenger.Leads;
        numbers["conversions"] = verdict.Challenger.Conversions;
        numbers["champion_leads"] = verdict.Champion.Leads;
        numbers["champion_conversions"] = verdict.Champion.Conversions;
        var boundary = Text.Number(1 / alpha, 1);
        var counts = $"the challenger's top-decile picks {verdict.Challenger.Conversions}/{verdict.Challenger.Leads} ({Text.Percent(latest.RateB)}) " +
                     $"against the champion's {verdict.Champion.Conversions}/{verdict.Champion.Leads} ({Text.Percent(latest.RateA)}), " +
                     $"among the leads only one of them puts in its top decile";
        var text = verdict is { Crossed: { } crossed, AtCrossing: { } at }
            ? $"Fired on {Text.Date(crossed)}: the mixture SPRT's likelihood ratio reached {Text.Number(at.LikelihoodRatio, 1)} ≥ 1/α = {boundary} " +
              $"({Text.Points(at.Difference)}), a test that stays valid however often it is looked at; now {counts}."
            : $"Not fired after {verdict.Looks} look(s): {counts}; the likelihood ratio is {Text.Number(latest.LikelihoodRatio, 2)}, " +
              $"below the {boundary} the rule needs (always-valid p = {Text.Number(verdict.PValue, 3)}).";
        return (text, numbers);
    }

    private static (string, Dictionary<string, double>) Drift(Rule rule, DriftVerdict verdict)
    {
        var numbers = new Dictionary<string, double> { ["threshold"] = rule.Threshold, ["consecutive_needed"] = rule.Consecutive };
        if (verdict.Judged.Count > 0) numbers["value"] = verdict.Judged[^1].Value;
        var side = rule.Comparison == RuleComparison.Above ? "above" : "below";
        var threshold = Text.Value(rule.Metric, rule.Threshold);
        if (verdict.Problem is { } problem && verdict.Judged.Count == 0) return ($"Not fired: {problem}.", numbers);
        if (rule.Metric == RuleMetric.PsiTrend)
        {
            var (run, date, feature, slope) = verdict.Judged[0];
            numbers["runs"] = rule.Runs;
            return ($"{(verdict.Fired ? "Fired" : "Not fired")}: over the last {rule.Runs} scoring runs (up to {run}, {Text.Date(date)}) the steepest PSI " +
                    $"trend is {feature}'s, {Text.Value(rule.Metric, slope)}; the rule fires {side} {threshold}.", numbers);
        }
        var runs = string.Join("; ", verdict.Judged.Select(j =>
            $"run {j.RunId} ({Text.Date(j.AsOf)}): {j.Feature} {j.Value.ToString("0.000", CultureInfo.InvariantCulture)}"));
        var needs = $"the rule needs the PSI {side} {threshold} in {rule.Consecutive} run{(rule.Consecutive == 1 ? "" : "s")} in a row";
        return (verdict.Fired ? $"Fired: {runs}; {needs}." : $"Not fired: {runs}; {needs}{(verdict.Problem is { } p ? $" ({p})" : "")}.", numbers);
    }
}
