using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

public class BootstrapSelectionTests
{
    [Fact]
    public void Ranking_is_score_descending_then_lead_id()
    {
        var order = LeadRanking.Order([0.5, 0.9, 0.5, 0.1, 0.5], ["L3", "L9", "L1", "L0", "L2"]);
        Assert.Equal([1, 2, 4, 0, 3], order);
        Assert.Equal([1, 0, 2, 4, 3], LeadRanking.Order([0.5, 0.9, 0.5, 0.1, 0.5]));
    }

    [Fact]
    public void A_ranked_rule_keeps_the_first_of_its_ranking_whatever_the_row_order()
    {
        double[] scores = [0.2, 0.8, 0.5, 0.5, 0.1, 0.9, 0.3, 0.4, 0.6, 0.7];
        string[] ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        var kept = BootstrapSelection.Ranked(scores, ids, n => n - n / 5).Observed();
        Assert.Equal(8, kept.Count(k => k));
        Assert.False(kept[0]); // 0.2
        Assert.False(kept[4]); // 0.1
        var reversed = BootstrapSelection.Ranked(scores.Reverse().ToArray(), ids.Reverse().ToArray(), n => n - n / 5).Observed().Reverse().ToArray();
        Assert.Equal(kept, reversed);
    }

    [Fact]
    public void Ties_at_the_cut_go_to_the_lower_lead_id()
    {
        var kept = BootstrapSelection.Ranked([0.5, 0.5, 0.5], ["L2", "L1", "L3"], _ => 1).Observed();
        Assert.Equal([false, true, false], kept);
    }

    [Fact]
    public void A_ranked_rule_is_reapplied_to_each_resample_and_a_fixed_one_is_not()
    {
        int[] labels = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        double[] scores = Enumerable.Range(0, 10).Select(i => 1.0 - i / 10.0).ToArray();
        // Keeping the top half, re-applied: the converting best lead always stays in; fixed: membership never changes.
        var ranked = PairedBootstrap.Compare(BootstrapSelection.Ranked(scores, null, n => n / 2), BootstrapSelection.Ranked(scores, null, n => n / 2), labels, 200, 3);
        Assert.Equal(0, ranked.Rate.Estimate);
        Assert.Equal(0, ranked.Rate.Lower);
        Assert.Equal(0, ranked.Rate.Upper);
        Assert.Contains("re-applying both selections", ranked.Meaning);
        var mask = scores.Select(s => s > 0.55).ToArray();
        var fixedRule = PairedBootstrap.Compare(BootstrapSelection.Fixed(mask, scores), BootstrapSelection.Fixed(mask, scores), labels, 200, 3);
        Assert.Contains("with both selections kept", fixedRule.Meaning);
        Assert.True(BootstrapSelection.Ranked(scores, null, n => n / 2).Reapplied);
        Assert.False(BootstrapSelection.Fixed(mask, scores).Reapplied);
    }

    [Fact]
    public void A_resample_is_cut_by_draws_so_copies_of_one_lead_can_straddle_the_cut()
    {
        // Scores rank leads 0 > 1 > 2 > 3 > 4; a resample of 5 draws: lead 0 twice, lead 2 three times.
        var rule = BootstrapSelection.Ranked([0.9, 0.8, 0.7, 0.6, 0.5], null, n => n - n / 5);
        var kept = new int[5];
        rule.Apply([2, 0, 3, 0, 0], kept);
        Assert.Equal([2, 0, 2, 0, 0], kept); // 4 of 5 draws kept: both copies of lead 0, two of lead 2's three
        var fixedRule = BootstrapSelection.Fixed([true, true, false, true, true], [0.9, 0.8, 0.7, 0.6, 0.5]);
        fixedRule.Apply([2, 0, 3, 0, 1], kept);
        Assert.Equal([2, 0, 0, 0, 1], kept);
    }

    [Fact]
    public void The_fixed_overload_gives_the_old_comparison_unchanged()
    {
        var random = new Random(5);
        int n = 400;
        var labels = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.1 ? 1 : 0).ToArray();
        var a = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var inA = a.Select(s => s > 0.3).ToArray();
        var inB = b.Select(s => s > 0.2).ToArray();
        var old = PairedBootstrap.Compare(inA, inB, labels, a, b, 300, 9);
        var same = PairedBootstrap.Compare(BootstrapSelection.Fixed(inA, a), BootstrapSelection.Fixed(inB, b), labels, 300, 9);
        Assert.Equal(old.Rate, same.Rate);
        Assert.Equal(old.TopDecileLift, same.TopDecileLift);
    }
}
