using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// The comparison the backtest should have made (domain spec §6.5): a paired bootstrap over the backtest's leads.
/// Each replicate draws the leads with replacement from one <see cref="RandomStream"/>; a drawn lead keeps both
/// arms' selections, so the overlap between the two selections is kept. Per replicate it computes, for each arm,
/// the conversion rate among its selected draws and its top-decile lift (the first ⌈m/10⌉ of its m selected draws
/// by its own score, ties by lead index, over its selected rate), then B − A. Intervals are numpy's linear
/// percentiles of the defined replicates; the same seed gives the same result everywhere.
/// </summary>
public static class PairedBootstrap
{
    /// <summary>Compares the champion's selection (A) with the challenger's (B) on the same labelled leads.</summary>
    /// <exception cref="MetricsException">
    /// No leads, inputs of different lengths, labels not 0/1, non-finite scores, an arm selecting nothing,
    /// fewer than 1 replicate or a level outside (0, 1).
    /// </exception>
    public static PairedComparison Compare(
        ReadOnlySpan<bool> inA,
        ReadOnlySpan<bool> inB,
        ReadOnlySpan<int> labels,
        ReadOnlySpan<double> scoresA,
        ReadOnlySpan<double> scoresB,
        int replicates,
        ulong seed,
        double level = 0.95)
    {
        var leads = labels.Length;
        Same(inA.Length, "inA", leads);
        Same(inB.Length, "inB", leads);
        Same(scoresA.Length, "scoresA", leads);
        Same(scoresB.Length, "scoresB", leads);
        ScoreValidation.Labels(labels);
        ScoreValidation.Scores(scoresA);
        ScoreValidation.Scores(scoresB);
        if (replicates < 1)
        {
            throw MetricsException.InvalidReplicates(replicates);
        }

        ScoreValidation.Level(level);
        return Compare(BootstrapSelection.Fixed(inA, scoresA), BootstrapSelection.Fixed(inB, scoresB), labels, replicates, seed, level);
    }

    /// <summary>
    /// Compares two selection rules on the same labelled leads, each re-applied to every resample when it is a
    /// <see cref="BootstrapSelection.Ranked"/> rule (the comparison spec §6.5 asks for: resample the leads, re-apply
    /// both selections, compare).
    /// </summary>
    /// <exception cref="MetricsException">No leads, selections of another length, labels not 0/1, an arm selecting nothing, fewer than 1 replicate or a level outside (0, 1).</exception>
    public static PairedComparison Compare(BootstrapSelection a, BootstrapSelection b, ReadOnlySpan<int> labels, int replicates, ulong seed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var leads = labels.Length;
        Same(a.Order.Length, "champion's selection", leads);
        Same(b.Order.Length, "challenger's selection", leads);
        ScoreValidation.Labels(labels);
        if (replicates < 1)
        {
            throw MetricsException.InvalidReplicates(replicates);
        }

        ScoreValidation.Level(level);
        var armA = new SelectionArm(a, labels);
        var armB = new SelectionArm(b, labels);
        if (armA.Selected == 0)
        {
            throw MetricsException.NothingSelected("champion (A)", leads);
        }

        if (armB.Selected == 0)
        {
            throw MetricsException.NothingSelected("challenger (B)", leads);
        }

        var draws = new int[leads];
        Array.Fill(draws, 1);
        var (rateA, liftA) = armA.Evaluate(draws);
        var (rateB, liftB) = armB.Evaluate(draws);

        var generator = new RandomStream(unchecked((long)seed));
        var rateDifferences = new List<double>(replicates);
        var liftDifferences = new List<double>(replicates);
        for (var r = 0; r < replicates; r++)
        {
            Array.Clear(draws);
            for (var i = 0; i < leads; i++)
            {
                draws[generator.NextInt(leads)]++;
            }

            var (replicateRateA, replicateLiftA) = armA.Evaluate(draws);
            var (replicateRateB, replicateLiftB) = armB.Evaluate(draws);
            AddDefined(rateDifferences, replicateRateB - replicateRateA);
            AddDefined(liftDifferences, replicateLiftB - replicateLiftA);
        }

        var rate = PairedSummary.Summarize(rateB - rateA, rateDifferences, replicates, level, PairedSummary.RateMeaning);
        var lift = PairedSummary.Summarize(liftB - liftA, liftDifferences, replicates, level, PairedSummary.LiftMeaning);
        return new PairedComparison(
            leads, armA.Selected, armB.Selected, rateA, rateB, rate, lift, replicates, level,
            PairedSummary.Overall(leads, rate, a.Reapplied && b.Reapplied));
    }

    private static void AddDefined(List<double> values, double value)
    {
        if (double.IsFinite(value))
        {
            values.Add(value);
        }
    }

    private static void Same(int length, string name, int leads)
    {
        if (length != leads)
        {
            throw MetricsException.PairedLengthMismatch(name, length, leads);
        }
    }
}
