using System.Text.Json.Nodes;
using LeadScore.Backtest;
using LeadScore.Data.Labeled;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Support;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Backtest;

/// <summary>
/// The acceptance test of the list policy: on the full synthetic world, the trained model (challenger) against a stump
/// that ranks short tenure last (champion, the opposite of the generator's truth), each replayed through the lead list.
/// The generator's true probabilities (<c>synth.oracle</c>) say which selection is better; the backtest must agree with
/// ten months of leads and must say "not enough evidence" with ten days.
/// </summary>
[Collection(ListWorldCollection.Name)]
public class ListBacktestWorldTests(ListWorld world)
{
    private BacktestRequest Request(TempFolder folder, DateRange window) =>
        new(world.Database, "features.training", world.Database, window,
            LoadedModel.Load("champion", "tenure stump", Stump(folder), null),
            LoadedModel.Load("challenger", "trained", world.Model, null),
            BacktestPolicy.Parse("list", 2800), Replicates: 500);

    [Fact]
    public void With_enough_leads_the_verdict_is_the_ground_truths_and_with_few_it_is_not_enough_evidence()
    {
        using var folder = new TempFolder();
        var months = Request(folder, new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 10, 31)));
        var prepared = BacktestRun.Prepare(months, _ => { });
        var (truthA, truthB) = (TrueRate(prepared.Leads, prepared.A.Observed()), TrueRate(prepared.Leads, prepared.B.Observed()));
        Assert.True(truthB > truthA + 0.005, $"the generator's truth should favour the trained model clearly: {truthB:P2} vs {truthA:P2}");
        var result = BacktestRun.Execute(months);
        Assert.Equal(BacktestVerdict.ChallengerBetter, result.Comparison.Verdict);
        Assert.True(result.Leads > 15_000);
        Assert.Contains(result.Notes, n => n.Contains("as they are now"));

        var days = BacktestRun.Execute(Request(folder, new DateRange(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 10))));
        Assert.True(days.Leads < 1000);
        Assert.Equal(BacktestVerdict.NotEnoughEvidence, days.Comparison.Verdict);
        Assert.Contains("cannot tell the models apart", days.Comparison.Meaning);
    }

    // The mean true conversion probability of the leads a selection keeps.
    private double TrueRate(BacktestLeads leads, bool[] kept)
    {
        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        using var command = warehouse.Command("SELECT lead_id, probability FROM synth.oracle");
        using var reader = command.ExecuteReader();
        var truth = new Dictionary<string, double>();
        while (reader.Read()) truth[reader.GetString(0)] = reader.GetDouble(1);
        var chosen = leads.LeadIds.Where((_, i) => kept[i]).ToList();
        return chosen.Average(id => truth[id]);
    }

    // One split: tenure under 48 months scores low, the rest high — the opposite of the generator's tenure effect.
    private static string Stump(TempFolder folder)
    {
        var model = SomeModels.XGBoost();
        var learner = model["learner"]!;
        learner["feature_names"] = new JsonArray("tenure_months");
        learner["feature_types"] = new JsonArray("float");
        learner["learner_model_param"]!["num_feature"] = "1";
        var booster = learner["gradient_booster"]!["model"]!;
        booster["gbtree_model_param"]!["num_trees"] = "1";
        booster["iteration_indptr"] = new JsonArray(0, 1);
        booster["tree_info"] = new JsonArray(0);
        booster["trees"] = new JsonArray(SomeModels.Tree(0, left: [1, -1, -1], right: [2, -1, -1], feature: [0, 0, 0],
            condition: [48f, -1f, 1f], defaultLeft: [1, 0, 0], hessian: [10, 5, 5]));
        return SomeModels.Save(model, folder, "stump.json");
    }
}
