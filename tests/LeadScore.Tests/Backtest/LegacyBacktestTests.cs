using LeadScore.Backtest;
using LeadScore.Backtest.Legacy;
using LeadScore.Cli.Commands;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Backtest;

/// <summary>The original's backtest reproduced exactly on the real fixtures (domain spec §6.2–6.5), once for the class.</summary>
public sealed class LegacyBacktestFixture
{
    public LegacyBacktestFixture()
    {
        if (Fixtures.Root is null) return;
        var request = new BacktestRequest(Fixtures.Path("leads_v41.parquet"), null, null, BacktestCommand.LegacyWindow,
            LoadedModel.Load("champion", "v4.0.0", Fixtures.Path("models", "v4.0.0", "model.json"), "v4.0.0"),
            LoadedModel.Load("challenger", "v4.1.0_r3", Fixtures.Path("models", "v4.1.0_r3", "model.json"), "v4.1.0_r3"),
            new BacktestPolicy(SelectionKind.DropBottom, 2800));
        Result = LegacyBacktest.Execute(request);
    }

    public BacktestResult? Result { get; }
}

public class LegacyBacktestTests(LegacyBacktestFixture fixture) : IClassFixture<LegacyBacktestFixture>
{
    private BacktestResult Result
    {
        get
        {
            Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
            return fixture.Result!;
        }
    }

    [SkippableFact]
    public void The_originals_selections_are_reproduced_exactly()
    {
        var l = Result.Legacy!;
        var (c, d) = (l.Original[0], l.Original[1]);
        Assert.Equal((69, 1502, 1891, 86), (c.Bins, c.Removed, c.Kept, c.Conversions));
        Assert.Equal((91, 950, 2443, 118), (d.Bins, d.Removed, d.Kept, d.Conversions));
    }

    [SkippableFact]
    public void The_headline_figures_are_reproduced_from_the_published_final_pools()
    {
        var l = Result.Legacy!;
        Assert.Equal(0.6615, l.Confidence.Confidence, 12);
        Assert.Equal(0.6617, l.Confidence.ClosedForm, 4);
        Assert.Equal((127, 135), (l.MqlsC, l.MqlsD));
        Assert.Equal(0.0608, l.Improvement, 4);
        Assert.Equal(127.6692, l.DrawsC.Mean, 9);
        Assert.Equal(135.3062, l.DrawsD.Mean, 9);
        Assert.Equal((107.0, 150.0), (l.DrawsC.Lower, l.DrawsC.Upper));
        Assert.Equal((114.0, 158.0), (l.DrawsD.Lower, l.DrawsD.Upper));
        Assert.Equal((3.66, 5.44, 3.86, 5.76), (Math.Round(100 * l.Confidence.LowerC, 2), Math.Round(100 * l.Confidence.UpperC, 2),
            Math.Round(100 * l.Confidence.LowerD, 2), Math.Round(100 * l.Confidence.UpperD, 2)));
    }

    [SkippableFact]
    public void Like_for_like_rows_match_the_specs_figures()
    {
        var rows = Result.Legacy!.LikeForLike;
        // Spec §6.5: V4.0.0 scored correctly under the same qcut rule keeps 2,092 leads at 4.589%.
        Assert.Equal((80, 2092, 96), (rows[1].Bins, rows[1].Kept, rows[1].Conversions));
        Assert.Equal(0.04589, rows[1].Rate, 5);
        // The tie rule: n − ⌊0.2 n⌋ = 2,715 kept by both models. V4.1 keeps 124 under any tie order (numpy on xgboost's own
        // predictions), so spec §6.5's 4.643% (679 removed) is not reproducible from the fixtures.
        Assert.All(rows.Where(r => r.Bins == 0), r => Assert.Equal(2715, r.Kept));
        Assert.Equal(113, rows[0].Conversions);
        Assert.Equal(117, rows[2].Conversions);
        Assert.Equal(124, rows[3].Conversions);
    }

    [SkippableFact]
    public void The_like_for_like_comparison_has_every_statistic_with_its_sentence()
    {
        var r = Result;
        Assert.Equal((2715, 117, 2715, 124), (r.Champion.Kept, r.Champion.Conversions, r.Challenger.Kept, r.Challenger.Conversions));
        Assert.Equal(0.6198406291803128, r.Challenger.Auc.Auc, 9);
        var c = r.Comparison;
        Assert.Equal(7.0 / 2715, c.Paired.Rate.Estimate, 12);
        Assert.Equal(7.0 / 2715, c.Newcombe.Difference, 12);
        Assert.True(c.Newcombe.Lower < 0 && c.Newcombe.Upper > 0);
        Assert.Equal(2478, c.Overlap.Both);
        Assert.NotNull(c.Power);
        Assert.True(c.Power!.LeadsPerArm > 50_000);
        Assert.All(new[] { c.Paired.Meaning, c.Newcombe.Meaning, c.AucMeaning, c.Bayes.Meaning, c.PowerMeaning, c.Meaning, r.Legacy!.Meaning },
            m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.Contains(r.Notes, n => n.Contains("early stopping"));
    }

    [SkippableFact]
    public void The_result_round_trips_through_its_json()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bt-{Guid.NewGuid():N}.json");
        try
        {
            Result.Write(path);
            var back = BacktestResult.Read(path);
            Assert.Equal(Result.ToJson(), back.ToJson());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
