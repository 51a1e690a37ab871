using System.Collections.Concurrent;
using LeadScore.Engine.Import;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Engine;

public class BatchScorerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_chunk_hook_sees_every_row_once_and_only_after_its_scores_and_shap_are_final(int threads)
    {
        var model = ModelLoader.Parse(SomeModels.XGBoost().ToJsonString(), "two trees");
        const int rows = 5000;
        var random = new Random(threads);
        var block = new FeatureBlock(2, rows);
        for (int row = 0; row < rows; row++)
        {
            block[row, 0] = row % 11 == 0 ? float.NaN : (float)random.NextDouble();
            block[row, 1] = (float)(random.NextDouble() * 3);
        }
        block.SetCount(rows);
        var expected = new ScoreBlock(2, block.Stride, withShap: true);
        new BatchScorer(new EnsembleScorer(model), 1).Run(block, expected, explain: true);

        var scores = new ScoreBlock(2, block.Stride, withShap: true);
        var seen = new int[rows];
        var mismatches = new ConcurrentBag<int>();
        new BatchScorer(new EnsembleScorer(model), threads).Run(block, scores, explain: true, then: (start, count) =>
        {
            for (int row = start; row < start + count; row++)
            {
                Interlocked.Increment(ref seen[row]);
                bool same = scores.Margin[row] == expected.Margin[row] && scores.Probability[row] == expected.Probability[row];
                for (int f = 0; f <= 2; f++) same &= scores.ShapValue(row, f) == expected.ShapValue(row, f);
                if (!same) mismatches.Add(row);
            }
        });

        Assert.All(seen, n => Assert.Equal(1, n));
        Assert.Empty(mismatches);
    }
}
