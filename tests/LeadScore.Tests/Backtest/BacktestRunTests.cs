using LeadScore.Backtest;
using LeadScore.Data.Labeled;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Backtest;

public class BacktestRunTests
{
    private static readonly DateRange Spring = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));

    private static BacktestRequest Request(TempFolder folder, string data, string policy = "drop-bottom", int listSize = 500, DateRange? window = null, string? challenger = null) =>
        new(data, null, null, window ?? Spring,
            LoadedModel.Load("champion", "champion.json", BacktestLeadsFile.Champion(folder), null),
            LoadedModel.Load("challenger", "challenger.json", challenger ?? BacktestLeadsFile.Challenger(folder), null),
            BacktestPolicy.Parse(policy, listSize), Replicates: 300);

    private static string Refused(Action run) => Assert.Throws<BacktestException>(run).Message;

    [Fact]
    public void Drop_bottom_keeps_exactly_n_minus_a_fifth_in_both_arms_and_top_n_keeps_n()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder, rows: 1203);
        var dropBottom = BacktestRun.Execute(Request(folder, data));
        Assert.Equal((1203 - 240, 1203 - 240), (dropBottom.Champion.Kept, dropBottom.Challenger.Kept));
        Assert.Equal(240, dropBottom.Champion.Left!.Trials);
        var o = dropBottom.Comparison.Overlap;
        Assert.Equal(1203, o.Both + o.ChampionOnly + o.ChallengerOnly + o.Neither);
        var topN = BacktestRun.Execute(Request(folder, data, "top-n", 300));
        Assert.Equal((300, 300), (topN.Champion.Kept, topN.Challenger.Kept));
        Assert.Equal(300, topN.Champion.Forecast.ListSize);
    }

    [Fact]
    public void The_arms_rates_and_lifts_are_the_selected_leads_counts()
    {
        using var folder = new TempFolder();
        var result = BacktestRun.Execute(Request(folder, BacktestLeadsFile.Write(folder)));
        var arm = result.Champion;
        Assert.Equal((double)arm.Conversions / arm.Kept, arm.Rate.Rate, 12);
        Assert.Equal(arm.Rate.Rate / result.Baseline, arm.Lift, 12);
        Assert.Equal((double)result.Conversions / result.Leads, result.Baseline, 12);
        Assert.Equal(result.Challenger.Rate.Rate - result.Champion.Rate.Rate, result.Comparison.Paired.Rate.Estimate, 12);
        Assert.Equal(6, result.Months);
        Assert.Equal(10, arm.Deciles.Count);
        Assert.Equal(result.Leads, arm.Scores.Leads.Sum());
    }

    [Fact]
    public void The_same_inputs_and_seed_give_the_same_result()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder);
        var a = BacktestRun.Execute(Request(folder, data)) with { CreatedAt = default };
        var b = BacktestRun.Execute(Request(folder, data)) with { CreatedAt = default };
        Assert.Equal(a.ToJson(), b.ToJson());
    }

    [Fact]
    public void A_window_without_leads_is_refused_naming_the_datas_dates()
    {
        using var folder = new TempFolder();
        var message = Refused(() => BacktestRun.Execute(Request(folder, BacktestLeadsFile.Write(folder), window: new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)))));
        Assert.Contains("no leads contacted in 2024-01-01..2024-03-31", message);
        Assert.Contains("2025-01-01..", message);
    }

    [Fact]
    public void A_window_without_conversions_is_refused_and_claims_nothing()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder, target: (_, _) => 0);
        Assert.Contains("have no conversion", Refused(() => BacktestRun.Execute(Request(folder, data))));
    }

    [Fact]
    public void Features_the_data_cannot_provide_are_named()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder);
        var message = Refused(() => BacktestRun.Execute(Request(folder, data, challenger: BacktestLeadsFile.Challenger(folder, "x0", "tenure_bucket"))));
        Assert.Contains("challenger challenger.json needs tenure_bucket, which leads.csv does not have", message);
    }

    [Fact]
    public void The_same_model_twice_and_duplicate_leads_are_refused()
    {
        using var folder = new TempFolder();
        var data = BacktestLeadsFile.Write(folder);
        Assert.Contains("are the same model", Refused(() => BacktestRun.Execute(Request(folder, data, challenger: BacktestLeadsFile.Champion(folder)))));
        File.AppendAllText(data, File.ReadLines(data).Skip(1).First() + "\n");
        Assert.Contains("lead id 'L00000' appears 2 times", Refused(() => BacktestRun.Execute(Request(folder, data))));
    }

    [Fact]
    public void The_list_policy_needs_the_warehouse()
    {
        using var folder = new TempFolder();
        Assert.Contains("replays the lead list from the warehouse", Refused(() => BacktestRun.Execute(Request(folder, BacktestLeadsFile.Write(folder), "list"))));
    }

    [Fact]
    public void Unknown_policies_and_list_sizes_are_refused()
    {
        Assert.Contains("'drop-top' is not a backtest policy", Refused(() => BacktestPolicy.Parse("drop-top", 10)));
        Assert.Contains("--list-size 0", Refused(() => BacktestPolicy.Parse("top-n", 0)));
    }
}
