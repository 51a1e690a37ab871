using LeadScore.Data.Labeled;
using LeadScore.Metrics;

namespace LeadScore.Backtest.Legacy;

/// <summary>
/// <c>leadscore backtest --legacy</c>: on the real V4.1 TEST leads, the original's procedure reproduced (spec §6.2–6.4)
/// — qcut(100) percentile bins, the bottom 20 bins removed, V4.0.0 scored with <c>experience_bucket</c> set to
/// 'Unknown' (code 0) and <c>is_experience_missing</c> to 0 because its query did not select them — then the same
/// comparison like for like, and the honest statistics of both. The champion must be V4.0.0 and the challenger V4.1.
/// </summary>
public static class LegacyBacktest
{
    /// <summary>The final pools the seed report's rates come from (spec §6.2): after the V3 disagreement filter.</summary>
    public static readonly LegacyPool PublishedC = new(86, 1888), PublishedD = new(118, 2442);

    /// <summary>The original's list size and constant baseline.</summary>
    public const int ListSize = 2800;
    public const double OriginalBaseline = 0.0274;

    public static BacktestResult Execute(BacktestRequest request, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress ??= _ => { };
        var v40 = request.Champion;
        int bucket = IndexOf(v40, "experience_bucket"), missing = IndexOf(v40, "is_experience_missing");
        if (bucket < 0 || missing < 0 || v40.Features.Count != 14)
            throw new BacktestException($"--legacy compares V4.0.0 (champion, 14 features with experience_bucket) with V4.1 (challenger); the champion {v40.Identity.Name} is not V4.0.0.");
        var (leads, v40Rows, v41Rows) = BacktestData.Read(request);
        var v40Scores = BacktestData.Score(v40, v40Rows);
        var v41Scores = BacktestData.Score(request.Challenger, v41Rows);
        // The same rows as the original scored them: the two experience columns constant.
        var columns = (float[][])v40Rows.Columns.Clone();
        columns[bucket] = new float[leads.Count];
        columns[missing] = new float[leads.Count];
        var v40Bugged = BacktestData.Score(v40, new LabeledRows(v40Rows.Features, columns, v40Rows.Labels, v40Rows.Dates));
        progress($"{leads.Count:N0} leads, {leads.Conversions:N0} converted; V4.0.0 scored twice: as the original did (experience features missing) and correctly");

        var (keptC, binsC) = LegacySelections.Qcut100(v40Bugged);
        var (keptD, binsD) = LegacySelections.Qcut100(v41Scores);
        var (keptCFixed, binsCFixed) = LegacySelections.Qcut100(v40Scores);
        var dropBottom = new BacktestPolicy(SelectionKind.DropBottom, request.Policy.ListSize);
        bool[] Bottom(double[] scores) => BootstrapSelection.Ranked(scores, leads.LeadIds, dropBottom.Keep).Observed();
        const string qcut = "qcut(100) bins, bottom 20 bins removed";
        const string exact = "bottom fifth removed exactly (n − ⌊0.2 n⌋ kept, ties by lead id)";
        var original = new[]
        {
            LegacySelections.Row($"{qcut}; V4.0.0 missing two features", "V4.0.0", keptC, leads.Labels, binsC),
            LegacySelections.Row(qcut, "V4.1", keptD, leads.Labels, binsD),
        };
        var likeForLike = new[]
        {
            LegacySelections.Row($"{exact}; V4.0.0 still missing two features", "V4.0.0", Bottom(v40Bugged), leads.Labels),
            LegacySelections.Row($"{qcut}; V4.0.0 scored correctly", "V4.0.0", keptCFixed, leads.Labels, binsCFixed),
            LegacySelections.Row($"{exact}; V4.0.0 scored correctly", "V4.0.0", Bottom(v40Scores), leads.Labels),
            LegacySelections.Row(exact, "V4.1", Bottom(v41Scores), leads.Labels),
        };

        double c = PublishedC.Rate, d = PublishedD.Rate;
        var confidence = LegacyMonteCarlo.Confidence(c, d);
        var drawsC = LegacyMonteCarlo.Mqls(c);
        var drawsD = LegacyMonteCarlo.Mqls(d);
        var paired = PairedBootstrap.Compare(BootstrapSelection.Fixed(keptC, v40Bugged, leads.LeadIds), BootstrapSelection.Fixed(keptD, v41Scores, leads.LeadIds),
            leads.Labels, request.Replicates, request.Seed);
        var bayes = BetaComparison.ProbabilityHigher(original[0].Conversions, original[0].Kept, original[1].Conversions, original[1].Kept);
        string meaning =
            $"The original's \"66.1% statistical confidence\" ({confidence.Confidence:0.0000} here) is the chance that one normal draw beats another when each rate is given an assumed 10% spread " +
            $"(in closed form Φ(z) = {confidence.ClosedForm:0.0000}); it depends only on the two point rates, not on how many leads were behind them. " +
            $"Its two arms removed {original[0].Removed:N0} and {original[1].Removed:N0} leads because tied scores collapsed V4.0.0's percentile bins to {binsC}. " +
            $"Resampling the {leads.Count:N0} leads with both selections kept, the difference is {100 * paired.Rate.Estimate:+0.00;-0.00} points " +
            $"(95% interval {100 * paired.Rate.Lower:+0.00;-0.00} to {100 * paired.Rate.Upper:+0.00;-0.00}); the Beta-posterior probability that V4.1's selection converts better is {100 * bayes.Probability:0.0}%.";

        var result = BacktestRun.Compare(request with { Policy = dropBottom }, leads, v40Scores, v41Scores,
            BootstrapSelection.Ranked(v40Scores, leads.LeadIds, dropBottom.Keep), BootstrapSelection.Ranked(v41Scores, leads.LeadIds, dropBottom.Keep),
            [
                "The like-for-like comparison scores V4.0.0 with all its features and applies the same drop-bottom rule to both models; the legacy table shows the original's procedure beside it.",
                "V4.1 chose its number of trees by early stopping on this same TEST window (spec §4.2), so its figures here are optimistic.",
            ]);
        return result with
        {
            Legacy = new LegacyResult(original, likeForLike, PublishedC, PublishedD, (d - c) / c, (int)(ListSize * c), (int)(ListSize * d),
                confidence, drawsC, drawsD, paired, bayes, meaning),
        };
    }

    private static int IndexOf(LoadedModel model, string feature)
    {
        for (int i = 0; i < model.Features.Count; i++)
            if (model.Features[i].Name == feature) return i;
        return -1;
    }
}
