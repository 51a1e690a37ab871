using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

// Hand-made backtests whose answers are known without a reference tool: identical arms, an arm that selects only
// converters, the A/B mirror, and one replicate recomputed the slow way from the same RandomStream draws.
public class PairedBootstrapTests
{
    /// <summary>Leads converting one in 25; A keeps leads whose score A is in its top 70%, B likewise on score B.</summary>
    private static (bool[] InA, bool[] InB, int[] Labels, double[] ScoresA, double[] ScoresB) Backtest(int leads)
    {
        var labels = new int[leads];
        var scoresA = new double[leads];
        var scoresB = new double[leads];
        var inA = new bool[leads];
        var inB = new bool[leads];
        for (var i = 0; i < leads; i++)
        {
            labels[i] = i * 37 % 100 < 4 ? 1 : 0;
            scoresA[i] = (i * 7919 % 1013 + 200 * labels[i] * (i % 3 != 0 ? 1 : 0)) / 1400.0;
            scoresB[i] = (i * 104729 % 2003 + 500 * labels[i] * (i % 5 < 3 ? 1 : 0)) / 2600.0;
            inA[i] = scoresA[i] > 0.2;
            inB[i] = scoresB[i] > 0.25;
        }

        return (inA, inB, labels, scoresA, scoresB);
    }

    [Fact]
    public void Identical_arms_differ_by_exactly_zero()
    {
        var (inA, _, labels, scoresA, _) = Backtest(2000);
        var result = PairedBootstrap.Compare(inA, inA, labels, scoresA, scoresA, 500, 42);
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (result.Rate.Estimate, result.Rate.Lower, result.Rate.Upper, result.Rate.ShareHigher));
        Assert.Equal((0.0, 0.0, 0.0), (result.TopDecileLift.Estimate, result.TopDecileLift.Lower, result.TopDecileLift.Upper));
        Assert.EndsWith("the data are consistent with no difference.", result.Meaning);
    }

    [Fact]
    public void An_arm_that_selects_only_converters_wins_every_resample()
    {
        var (_, _, labels, scoresA, scoresB) = Backtest(2000);
        var everyone = Enumerable.Repeat(true, 2000).ToArray();
        var converters = labels.Select(label => label == 1).ToArray();
        var result = PairedBootstrap.Compare(everyone, converters, labels, scoresA, scoresB, 400, 7);
        var baseRate = labels.Average();
        Assert.Equal(1.0, result.RateB);
        Assert.Equal(1.0 - baseRate, result.Rate.Estimate, 1e-15);
        Assert.True(result.Rate.Lower > 0.9 && result.Rate.Upper < 1.0);
        Assert.Equal(1.0, result.Rate.ShareHigher);
        Assert.Equal(0, result.Rate.Undefined);
        Assert.Equal((80, 2000), (result.SelectedB, result.SelectedA));
        Assert.EndsWith("the challenger is better.", result.Rate.Meaning);
    }

    [Fact]
    public void Swapping_the_arms_negates_the_intervals()
    {
        var (inA, inB, labels, scoresA, scoresB) = Backtest(1500);
        var forward = PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 300, 11);
        var backward = PairedBootstrap.Compare(inB, inA, labels, scoresB, scoresA, 300, 11);
        Assert.Equal(-forward.Rate.Estimate, backward.Rate.Estimate, 1e-15);
        Assert.Equal(-forward.Rate.Upper, backward.Rate.Lower, 1e-15);
        Assert.Equal(-forward.Rate.Lower, backward.Rate.Upper, 1e-15);
        Assert.Equal(-forward.TopDecileLift.Upper, backward.TopDecileLift.Lower, 1e-12);
        Assert.Equal(-forward.TopDecileLift.Lower, backward.TopDecileLift.Upper, 1e-12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_does_not()
    {
        var (inA, inB, labels, scoresA, scoresB) = Backtest(1000);
        var first = PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 200, 5);
        var again = PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 200, 5);
        var other = PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 200, 6);
        Assert.Equal(first, again);
        Assert.NotEqual(first.Rate.Lower, other.Rate.Lower);
    }

    [Fact]
    public void More_leads_narrow_the_interval()
    {
        var small = Backtest(800);
        var large = Backtest(8000);
        var narrow = PairedBootstrap.Compare(large.InA, large.InB, large.Labels, large.ScoresA, large.ScoresB, 400, 3);
        var wide = PairedBootstrap.Compare(small.InA, small.InB, small.Labels, small.ScoresA, small.ScoresB, 400, 3);
        Assert.True(narrow.Rate.Upper - narrow.Rate.Lower < 0.6 * (wide.Rate.Upper - wide.Rate.Lower));
        Assert.True(narrow.TopDecileLift.Upper - narrow.TopDecileLift.Lower < wide.TopDecileLift.Upper - wide.TopDecileLift.Lower);
    }

    [Fact]
    public void One_replicate_equals_the_statistics_recomputed_from_the_same_draws()
    {
        var (inA, inB, labels, scoresA, scoresB) = Backtest(600);
        var result = PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 1, 99);
        var generator = new RandomStream(99L);
        var sample = Enumerable.Range(0, 600).Select(_ => generator.NextInt(600)).ToArray();
        var (rateA, liftA) = SlowArm(sample, inA, labels, scoresA);
        var (rateB, liftB) = SlowArm(sample, inB, labels, scoresB);
        Assert.Equal(rateB - rateA, result.Rate.Lower, 1e-15);
        Assert.Equal(rateB - rateA, result.Rate.Upper, 1e-15);
        Assert.Equal(liftB - liftA, result.TopDecileLift.Lower, 1e-12);
        var everyLead = Enumerable.Range(0, 600).ToArray();
        var (fullA, fullLiftA) = SlowArm(everyLead, inA, labels, scoresA);
        var (fullB, fullLiftB) = SlowArm(everyLead, inB, labels, scoresB);
        Assert.Equal((fullA, fullB), (result.RateA, result.RateB));
        Assert.Equal(fullLiftB - fullLiftA, result.TopDecileLift.Estimate, 1e-12);
    }

    /// <summary>The per-arm statistics written directly: sort the selected draws, take the first ⌈m/10⌉.</summary>
    private static (double Rate, double Lift) SlowArm(int[] sample, bool[] selected, int[] labels, double[] scores)
    {
        var chosen = sample.Where(i => selected[i]).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var rate = chosen.Average(i => (double)labels[i]);
        var top = (chosen.Length + 9) / 10;
        return (rate, chosen.Take(top).Average(i => (double)labels[i]) / rate);
    }

    [Fact]
    public void Hand_computed_top_decile_lift()
    {
        // 20 leads, 4 converters, all selected by both; A ranks converters 0 and 5 first (top 2: both convert),
        // B ranks a converter and a non-converter first. Rate 0.2; lift A = 1 / 0.2 = 5, lift B = 0.5 / 0.2 = 2.5.
        var labels = new int[20];
        labels[0] = labels[5] = labels[10] = labels[15] = 1;
        var scoresA = Enumerable.Range(0, 20).Select(i => i is 0 or 5 ? 1.0 : 0.0).ToArray();
        var scoresB = Enumerable.Range(0, 20).Select(i => i is 10 or 11 ? 1.0 : 0.0).ToArray();
        var all = Enumerable.Repeat(true, 20).ToArray();
        var result = PairedBootstrap.Compare(all, all, labels, scoresA, scoresB, 50, 1);
        Assert.Equal(0.0, result.Rate.Estimate);
        Assert.Equal(-2.5, result.TopDecileLift.Estimate, 1e-12);
    }

    [Fact]
    public void Ties_are_broken_by_lead_index()
    {
        // A's scores all tie, so its top 2 of 20 are leads 0 and 1 (one converter): lift 0.5 / 0.2 = 2.5. B puts lead 5
        // first, then the tie puts lead 0 next (two converters): lift 1 / 0.2 = 5. Order by score alone would not fix these.
        var labels = new int[20];
        labels[0] = labels[5] = labels[10] = labels[15] = 1;
        var flat = new double[20];
        var all = Enumerable.Repeat(true, 20).ToArray();
        var result = PairedBootstrap.Compare(all, all, labels, flat, Enumerable.Range(0, 20).Select(i => i == 5 ? 1.0 : 0.0).ToArray(), 10, 1);
        Assert.Equal(2.5, result.TopDecileLift.Estimate, 1e-12);
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_clear_messages()
    {
        var (inA, inB, labels, scoresA, scoresB) = Backtest(100);
        var error = Assert.Throws<MetricsException>(() => PairedBootstrap.Compare(inA, inB[..99], labels, scoresA, scoresB, 10, 1));
        Assert.Contains("99 values in inB for 100 leads", error.Message);
        Assert.Contains("at least 1", Assert.Throws<MetricsException>(() => PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 0, 1)).Message);
        Assert.Contains("selects none", Assert.Throws<MetricsException>(() => PairedBootstrap.Compare(new bool[100], inB, labels, scoresA, scoresB, 10, 1)).Message);
        var badLabels = (int[])labels.Clone();
        badLabels[3] = 2;
        Assert.Throws<MetricsException>(() => PairedBootstrap.Compare(inA, inB, badLabels, scoresA, scoresB, 10, 1));
        Assert.Throws<MetricsException>(() => PairedBootstrap.Compare(inA, inB, labels, scoresA, scoresB, 10, 1, 1.5));
    }
}
