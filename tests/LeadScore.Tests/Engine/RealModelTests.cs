using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Metrics;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Engine;

/// <summary>The real V4.1-R3 and V4.0.0 models on the real leads, against xgboost 1.7.4's outputs and the published figures.</summary>
public class RealModelTests(RealModelsFixture real) : IClassFixture<RealModelsFixture>
{
    [SkippableTheory]
    [InlineData("v4.1.0_r3", "v41r3", 3393)]
    [InlineData("v4.0.0", "v40", 6004)]
    public void Margins_and_probabilities_equal_xgboost_on_every_test_lead(string model, string prefix, int rows)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = model == "v4.0.0" ? real.V40 : real.R3;
        var reference = RealLeads.Reference($"{prefix}_test_predictions.csv");
        Assert.Equal(rows, reference.Count);
        foreach (var r in reference)
        {
            int row = leads.Row(r["lead_id"]);
            // Within 1e-6 is the acceptance bound; summing in float32 in tree order makes them identical.
            Assert.Equal(RealLeads.Float(r["margin"]), leads.Scores.Margin[row], 1e-6f);
            Assert.Equal(RealLeads.Float(r["margin"]), leads.Scores.Margin[row]);
            Assert.Equal(RealLeads.Float(r["probability"]), leads.Scores.Probability[row]);
            Assert.Equal(RealLeads.Double(r["margin_f64"]), leads.Scores.Margin[row], 1e-6);
        }
    }

    [SkippableTheory]
    [InlineData("v4.1.0_r3", "v41r3")]
    [InlineData("v4.0.0", "v40")]
    public void Shap_values_equal_xgboost_pred_contribs_in_every_cell(string model, string prefix)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = model == "v4.0.0" ? real.V40 : real.R3;
        foreach (var r in RealLeads.Reference($"{prefix}_test_shap.csv"))
        {
            int row = leads.Row(r["lead_id"]);
            for (int f = 0; f < leads.Features.Count; f++)
                Assert.Equal(RealLeads.Double(r[leads.Features[f].Name]), leads.Scores.ShapValue(row, f), 1e-5);
            Assert.Equal(RealLeads.Double(r["bias"]), leads.Scores.ShapValue(row, leads.Features.Count), 1e-5);
        }
    }

    [SkippableFact]
    public void R3_test_auc_average_precision_and_deciles_are_the_published_ones()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var (scores, labels) = Window(real.R3, "TEST", "split_v41");
        var evaluation = ModelEvaluation.Compute(scores, labels);
        Assert.Equal(0.6198406, evaluation.RocAuc, 1e-7);
        Assert.Equal(0.6198406291803128, evaluation.RocAuc, 1e-12);
        Assert.Equal(0.069653455888176563, evaluation.AveragePrecision, 1e-12);
        Assert.Equal([404, 275, 339, 339, 340, 339, 339, 339, 339, 340], evaluation.Deciles.Rows.Select(d => d.Count));
        Assert.Equal([4, 5, 11, 13, 21, 10, 12, 9, 21, 27], evaluation.Deciles.Rows.Select(d => d.Conversions));
        Assert.Equal(2.025896, evaluation.TopDecileLift, 1e-6);
        var published = File.ReadAllLines(Fixtures.Path("published", "lift_by_decile_r3.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        for (int d = 0; d < 10; d++)
        {
            Assert.Equal(int.Parse(published[d][3]), evaluation.Deciles.Rows[d].Count);
            Assert.Equal(int.Parse(published[d][2]), evaluation.Deciles.Rows[d].Conversions);
            Assert.Equal(RealLeads.Double(published[d][5]), evaluation.Deciles.Rows[d].Lift, 1e-12);
        }
    }

    [SkippableFact]
    public void R3_train_auc_is_the_published_one()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var (scores, labels) = Window(real.R3, "TRAIN", "split_v41");
        Assert.Equal(24734, scores.Length);
        Assert.Equal(0.6944853549983282, RocAuc.Compute(scores, labels), 1e-9);
    }

    [SkippableFact]
    public void V400_test_auc_is_the_published_one()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var (scores, labels) = Window(real.V40, "TEST", "split_v40");
        Assert.Equal(6004, scores.Length);
        Assert.Equal(0.5988589, RocAuc.Compute(scores, labels), 1e-7);
    }

    [SkippableFact]
    public void The_golden_rows_of_the_domain_spec_score_as_published()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = real.R3;
        (string id, double margin, double score)[] golden =
        [
            ("L00001", 0.059870, 0.514963), ("L00002", 0.351560, 0.586996), ("L00003", 0.025546, 0.506386),
            ("L27346", 0.286572, 0.571157), ("L27347", -0.131719, 0.467118), ("L30738", -0.406987, 0.399635),
        ];
        foreach (var (id, margin, score) in golden)
        {
            Assert.Equal(margin, leads.Scores.Margin[leads.Row(id)], 1e-6);
            Assert.Equal(score, leads.Scores.Probability[leads.Row(id)], 1e-6);
        }
        float[] row0 = [40, 0, 2779, -968, 1, 1, 1, 1, 1, 0, 0, 1.4166667f, 3, 2, 1, 0, 719, 1418, 2, 1, 1, 0];
        // The spec prints experience_years rounded (1.4166667); the input is 17 / 12 as float32.
        for (int f = 0; f < row0.Length; f++) Assert.Equal(row0[f], leads.Input[leads.Row("L00001"), f], 1e-6f);
    }

    [SkippableFact]
    public void Treating_a_null_firm_rep_count_as_missing_instead_of_zero_changes_914_test_margins()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var builtIn = BuiltInSchemas.Find("v4.1.0_r3")!;
        var missing = new FeatureSchema("r3-null-missing", builtIn.Features.Select(f => f.Name == "firm_rep_count_at_contact"
            ? new FeatureSpec(f.Name, f.Column, f.Categories, NullPolicy.Missing) : f).ToArray());
        var asMissing = RealLeads.Score("v4.1.0_r3", missing);
        var test = RealLeads.Reference("v41r3_test_predictions.csv").Select(r => real.R3.Row(r["lead_id"])).ToList();
        var gaps = test.Select(row => Math.Abs(asMissing.Scores.Margin[row] - real.R3.Scores.Margin[row])).Where(g => g > 0).ToList();
        Assert.Equal(914, gaps.Count);
        Assert.InRange(gaps.Max(), 0.32, 0.34);
    }

    [SkippableFact]
    public void The_schema_read_from_final_features_json_has_the_built_in_r3_codes()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var model = ModelLoader.Load(Fixtures.Path("models", "v4.1.0_r3", "model.json"));
        var beside = SchemaResolver.Resolve(null, model);
        Assert.EndsWith("final_features.json", beside.Name);
        var builtIn = BuiltInSchemas.Find("v4.1.0_r3")!.BindTo(model);
        var read = beside.BindTo(model);
        for (int f = 0; f < read.Count; f++)
        {
            Assert.Equal(builtIn[f].Column, read[f].Column);
            Assert.Equal(builtIn[f].Categories?.OrderBy(kv => kv.Key), read[f].Categories?.OrderBy(kv => kv.Key));
        }
        // final_features.json says nothing about NULLs, so nothing is filled: only the built-in schema fills firm_rep_count 0.
        Assert.Equal(NullHandling.Reject, read.Single(f => f.Name == "firm_rep_count_at_contact").Nulls.Handling);
        Assert.Equal(NullHandling.Fill, builtIn.Single(f => f.Name == "firm_rep_count_at_contact").Nulls.Handling);
    }

    [SkippableFact]
    public void The_v400_model_has_no_stored_codes_so_without_a_schema_its_features_are_numeric()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var model = ModelLoader.Load(Fixtures.Path("models", "v4.0.0", "model.json"));
        Assert.All(SchemaResolver.Resolve(null, model).Features, f => Assert.False(f.IsCategorical));
        Assert.Equal(4, SchemaResolver.Resolve("v4.0.0", model).Features.Count(f => f.IsCategorical));
    }

    private static (double[] Scores, int[] Labels) Window(RealLeads leads, string split, string column)
    {
        var rows = RealLeads.Reference("split_assignment.csv").Where(r => r[column] == split).ToList();
        return (rows.Select(r => (double)leads.Scores.Probability[leads.Row(r["lead_id"])]).ToArray(),
                rows.Select(r => int.Parse(r["target"])).ToArray());
    }
}
