using System.Diagnostics;
using System.Globalization;
using LeadScore.Engine.Import;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Engine;

/// <summary>
/// Deeper XGBoost models with missing values everywhere, trained by xgboost itself (Debian's python3-xgboost)
/// when the test runs, compared with xgboost's predict and pred_contribs on the training rows.
/// </summary>
public class XGBoostReferenceTests(XGBoostReferenceTests.Models models) : IClassFixture<XGBoostReferenceTests.Models>
{
    [SkippableTheory]
    [InlineData("depth6")]
    [InlineData("depth3")]
    [InlineData("depth2")]
    public void Margins_probabilities_and_shap_equal_xgboost_s(string name)
    {
        Skip.If(models.SkipReason is not null, models.SkipReason);
        Assert.True(models.Failure is null, models.Failure);
        var model = ModelLoader.Load(Path.Combine(models.Folder, $"{name}.json"));
        var x = models.Read("X.csv");
        int features = model.FeatureNames.Count;
        var block = FeatureBlock.FromRows(x.SelectMany(r => r).Select(v => (float)v).ToArray(), features);
        var scores = new ScoreBlock(features, block.Stride, withShap: true);
        new BatchScorer(new EnsembleScorer(model), 2).Run(block, scores, explain: true);

        var margin = models.Read($"{name}_margin.csv");
        var probability = models.Read($"{name}_probability.csv");
        var contribs = models.Read($"{name}_contribs.csv");
        Assert.Equal(block.Count, margin.Count);
        for (int row = 0; row < block.Count; row++)
        {
            Assert.Equal(margin[row][0], scores.Margin[row], 1e-6);
            Assert.Equal(probability[row][0], scores.Probability[row], 1e-6);
            for (int f = 0; f <= features; f++) Assert.Equal(contribs[row][f], scores.ShapValue(row, f), 1e-5);
        }
    }

    /// <summary>
    /// Runs the python script once per test class. Only a missing python3-xgboost (or python3) is a skip, with the
    /// reason; a script that fails for any other reason fails the tests that need it, with its error.
    /// </summary>
    public sealed class Models : IDisposable
    {
        private readonly TempFolder folder = new();

        public Models()
        {
            var run = ReferenceScript.Run(["xgboost", "numpy"], Path.Combine(AppContext.BaseDirectory, "Engine", "reference", "xgboost_reference.py"), folder.Path);
            SkipReason = run.SkipReason;
            Failure = run.Failure;
        }

        /// <summary>Why the script did not run at all (python3-xgboost missing); null when it ran.</summary>
        public string? SkipReason { get; }

        /// <summary>How the script failed when it did run; null when it succeeded.</summary>
        public string? Failure { get; }

        public string Folder => folder.Path;

        public List<double[]> Read(string file) => File.ReadAllLines(Path.Combine(Folder, file))
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();

        public void Dispose() => folder.Dispose();
    }
}
