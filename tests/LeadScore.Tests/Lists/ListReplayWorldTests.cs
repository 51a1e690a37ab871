using System.Diagnostics;
using System.Globalization;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Replay;
using LeadScore.Lists.Rules;
using LeadScore.Metrics;
using Xunit.Abstractions;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Lists;

/// <summary>
/// The replay at the real scale: September and October 2025's labelled leads of the full synthetic warehouse, replayed
/// with the default policy (lists of 400, two reps) by two arms: the generator's true conversion probability and
/// random scores, on the warehouse opened read-only.
/// </summary>
[Collection(ListWorldCollection.Name)]
public sealed class ListReplayWorldTests(ListWorld world, ITestOutputHelper output)
{
    [Fact]
    public void The_true_probabilities_select_leads_that_convert_more_than_random_scores_do()
    {
        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        var leads = new List<ReplayLead>();
        var truth = new List<double>();
        var converted = new List<bool>();
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "SELECT t.lead_id, t.advisor_crd, t.contacted_date, o.probability, t.target FROM features.training t " +
                                  "JOIN synth.oracle o USING (lead_id) WHERE t.contacted_date >= DATE '2025-09-01' AND t.contacted_date < DATE '2025-11-01' " +
                                  "ORDER BY t.contacted_date, t.lead_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                leads.Add(new ReplayLead(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateOnly>(2)));
                truth.Add(reader.GetDouble(3));
                converted.Add(Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) == 1);
            }
        }
        var random = new RandomStream(42);
        var arms = new[] { new ReplayArm("truth", [.. truth]), new ReplayArm("random", [.. truth.Select(_ => random.NextDouble())]) };

        var clock = Stopwatch.StartNew();
        var result = ListReplay.Run(warehouse, new ReplayRequest(leads, arms, RuleSet.Builtin(), ListPolicy.Resolve("default"), 400), output.WriteLine);
        double seconds = clock.Elapsed.TotalSeconds;

        int Conversions(ReplayArmResult arm) => Enumerable.Range(0, leads.Count).Count(i => arm.Selected[i] && converted[i]);
        double Expected(ReplayArmResult arm) => Enumerable.Range(0, leads.Count).Where(i => arm.Selected[i]).Sum(i => truth[i]);
        var (best, chance) = (result.Arms[0], result.Arms[1]);
        output.WriteLine($"replay of {leads.Count:N0} leads over {result.Months.Count} months, 2 arms: {seconds:0.00} s");
        output.WriteLine($"truth: {best.Selected.Count(s => s):N0} selected, {Conversions(best)} converted, {Expected(best):0.0} expected; " +
                         $"random: {chance.Selected.Count(s => s):N0} selected, {Conversions(chance)} converted, {Expected(chance):0.0} expected");
        output.WriteLine("taken as they are today: " + string.Join("; ", result.CurrentNotPointInTime));

        Assert.Equal(["2025-09", "2025-10"], result.Months.Select(m => m.Month));
        Assert.All(result.Months, m => Assert.All(m.SelectedPerArm, n => Assert.InRange(n, 200, 400)));
        Assert.True(Conversions(best) > Conversions(chance), $"truth {Conversions(best)} vs random {Conversions(chance)} conversions");
        Assert.True(Expected(best) > 1.5 * Expected(chance), $"truth {Expected(best):0.0} vs random {Expected(chance):0.0} expected conversions");
    }
}
