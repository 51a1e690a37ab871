using System.Globalization;
using LeadScore.Metrics;
using LeadScore.Models.Profile;
using LeadScore.Scoring.Narratives;

namespace LeadScore.Scoring.Checks;

/// <summary>
/// The checks a run must pass before anything reads its scores (the original's manual "Step 2.2", automated):
/// one row per advisor, finite scores, the score distribution next to training's, distinct percentiles, the share
/// deprioritized, how varied the first reasons are, that the explanations add up to the margins, and train/serve
/// skew per feature (PSI against the training profile; a feature constant or all-missing here but not in training
/// fails). Pure computation over a scored model.
/// </summary>
public static class RunChecks
{
    public static IReadOnlyList<RunCheck> Of(ScoredModel scored, CheckThresholds t, PhraseBook phrases)
    {
        var checks = new List<RunCheck>();
        var model = scored.Model.Version;
        void Add(string check, string value, string expected, CheckOutcome outcome, double? psi = null) => checks.Add(new RunCheck(model, check, value, expected, outcome, psi));
        int n = scored.Count;

        var duplicates = scored.Advisors.CountBy(a => a).Where(g => g.Value > 1).Select(g => g.Key).Order().ToArray();
        Add("one row per advisor", duplicates.Length == 0 ? $"{n:N0} rows, {n:N0} advisors"
                : $"{duplicates.Length:N0} advisors on several rows, e.g. {string.Join(", ", duplicates.Take(5))}",
            "no advisor twice", duplicates.Length == 0 ? CheckOutcome.Pass : CheckOutcome.Fail);

        int nonFinite = scored.Margins.Count(m => !double.IsFinite(m));
        Add("finite scores", $"{nonFinite:N0} NULL or non-finite", "none", nonFinite == 0 ? CheckOutcome.Pass : CheckOutcome.Fail);
        if (nonFinite > 0) return checks;

        var profile = scored.Model.Profile;
        var run = ValueSummary.Of(scored.Probabilities);
        if (profile is null)
            Add("score distribution", Summary(run), "no training profile: pass --reference with training rows", CheckOutcome.Warn);
        else
        {
            double psi = profile.MarginPsi.Against(scored.Margins);
            Add("score distribution", $"{Summary(run)}; PSI {psi:F3}", $"TRAIN {Summary(profile.Probability)}; PSI < {t.ScorePsiWarn}",
                psi < t.ScorePsiWarn ? CheckOutcome.Pass : CheckOutcome.Warn, psi);
        }

        int distinct = scored.Percentiles.Distinct().Count();
        int possible = Math.Min(100, n);
        Add("distinct percentiles", $"{distinct} of {possible}", $"{possible} (fewer than {t.MinDistinctPercentiles} fails)",
            distinct == possible ? CheckOutcome.Pass : distinct < Math.Min(t.MinDistinctPercentiles, possible) ? CheckOutcome.Fail : CheckOutcome.Warn);

        double share = (double)scored.Percentiles.Count(Percentile.Deprioritized) / n;
        Add("deprioritized (percentile ≤ 20)", Percent(share), $"20% (above {Percent(t.MaxDeprioritizedShare)} warns: ties at the cut)",
            share <= t.MaxDeprioritizedShare ? CheckOutcome.Pass : CheckOutcome.Warn);

        var top = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
            if (scored.Reasons[i * 3].Feature is >= 0 and var f) top[f] = top.GetValueOrDefault(f) + 1;
        var (leader, leaderCount) = top.Count == 0 ? (-1, 0) : top.MaxBy(kv => kv.Value) is var kv ? (kv.Key, kv.Value) : default;
        double leaderShare = (double)leaderCount / n;
        int possibleTop = Math.Min(t.MinDistinctTopReasonsWarn, scored.Table.Features.Count);
        Add("first-reason diversity", $"{top.Count} features; most often {(leader < 0 ? "none" : scored.Table.Features[leader].Name)} ({Percent(leaderShare)})",
            $"at least {possibleTop} features, none above {Percent(t.MaxTopReasonShareWarn)} (fewer than {t.MinDistinctTopReasonsFail} fails)",
            top.Count < Math.Min(t.MinDistinctTopReasonsFail, scored.Table.Features.Count) ? CheckOutcome.Fail
                : top.Count < possibleTop || leaderShare > t.MaxTopReasonShareWarn ? CheckOutcome.Warn : CheckOutcome.Pass);

        double gap = scored.Table.MaxAdditivityGap();
        Add("explanations add up", $"max |Σ SHAP + bias − margin| = {gap:E1}", $"≤ {t.MaxAdditivityGap:E0}", gap <= t.MaxAdditivityGap ? CheckOutcome.Pass : CheckOutcome.Fail);

        var unphrased = phrases.Missing(scored.Table.Features.Select(f => f.Name));
        Add("narrative phrases", unphrased.Count == 0 ? "every feature" : $"generic phrase for {string.Join(", ", unphrased)}", "a phrase for every feature",
            unphrased.Count == 0 ? CheckOutcome.Pass : CheckOutcome.Warn);

        if (profile is null)
            Add("train/serve skew", "not measured", "a training profile (model directory) or --reference rows", CheckOutcome.Warn);
        else
            for (int f = 0; f < scored.Table.Features.Count; f++)
                checks.Add(Skew(model, scored.Table.Features[f].Name, scored.Table.Input.Column(f)[..n], profile.Find(scored.Table.Features[f].Name), profile.Rows, t));
        return checks;
    }

    private static RunCheck Skew(string model, string feature, ReadOnlySpan<float> column, FeatureProfile? train, long trainRows, CheckThresholds t)
    {
        var values = new double[column.Length];
        for (int i = 0; i < values.Length; i++) values[i] = column[i];
        var here = ValueSummary.Of(values);
        string name = $"skew: {feature}";
        if (train is null) return new RunCheck(model, name, "not in the training profile", "the profile of this model's features", CheckOutcome.Warn);
        bool allMissing = double.IsNaN(here.Min), constant = !allMissing && here.Min == here.Max;
        if (allMissing && !train.AllMissing)
            return new RunCheck(model, name, "missing for every advisor", $"TRAIN {Percent((double)train.Values.Missing / trainRows)} missing", CheckOutcome.Fail);
        if (constant && !train.Constant)
            return new RunCheck(model, name, $"{Number(here.Min)} for every advisor", $"TRAIN varied ({Number(train.Values.Min)}..{Number(train.Values.Max)})", CheckOutcome.Fail);
        if (train.Psi is null) return new RunCheck(model, name, "present", "TRAIN all missing", CheckOutcome.Warn);
        double psi = train.Psi.Against(values);
        var outcome = psi >= t.PsiFail ? CheckOutcome.Fail : psi >= t.PsiWarn ? CheckOutcome.Warn : CheckOutcome.Pass;
        return new RunCheck(model, name, $"PSI {psi:F3}; median {Number(here.Median)}", $"PSI < {t.PsiWarn} (≥ {t.PsiFail} fails); TRAIN median {Number(train.Values.Median)}", outcome, psi);
    }

    private static string Summary(ValueSummary s) => $"probability min {Number(s.Min)}, mean {Number(s.Mean)}, median {Number(s.Median)}, max {Number(s.Max)}";

    private static string Number(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : "0.####", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
