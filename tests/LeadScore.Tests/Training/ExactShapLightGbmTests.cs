using LeadScore.Data.Labeled;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Import;
using LeadScore.LightGbm;
using LeadScore.Tests.Support;
using LeadScore.Training.Boosting;
using LeadScore.Training.Config;

namespace LeadScore.Tests.Training;

public class ExactShapLightGbmTests
{
    [Theory]
    [InlineData(2, 4)]
    [InlineData(4, 15)]
    [InlineData(-1, 31)]
    public void TreeShap_on_a_model_we_trained_equals_LightGBMs_own_contributions_within_1e_9(int maxDepth, int leaves)
    {
        const int Rows = 3000, Features = 8;
        var x = LightGbmModels.GenerateRows(Rows, Features, seed: 11, out var labels);
        var columns = Enumerable.Range(0, Features).Select(f => Enumerable.Range(0, Rows).Select(r => x[r * Features + f]).ToArray()).ToArray();
        var rows = new LabeledRows(Enumerable.Range(0, Features).Select(f => $"f{f}").ToArray(), columns, labels.Select(l => (int)l).ToArray(), null);
        var booster = new BoosterConfig { MaxDepth = maxDepth, NumLeaves = leaves, LearningRate = 0.1, Seed = 3 };
        var trained = BoosterTrainer.ForRounds(rows, booster, 60);

        var model = ModelLoader.Parse(trained.ModelText, "trained");
        using var lightGbm = LightGbmBooster.LoadFromString(trained.ModelText);
        var reference = lightGbm.PredictContributions(x, Rows, Features);
        double worst = 0;
        for (int r = 0; r < Rows; r++)
        {
            var ours = ExactShap.Explain(model, x.AsSpan(r * Features, Features));
            for (int f = 0; f <= Features; f++) worst = Math.Max(worst, Math.Abs(ours[f] - reference[r * (Features + 1) + f]));
        }
        Assert.True(worst <= 1e-9, $"largest |difference| {worst:E2}");
    }
}
