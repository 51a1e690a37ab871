using LeadScore.Engine.Explain;
using LeadScore.Engine.Scoring;

namespace LeadScore.Tests.Engine;

public class ReasonCodesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Each_rows_reasons_are_its_largest_contributions_in_size_ties_to_the_lower_feature_and_no_zeros(int k)
    {
        const int features = 9, rows = 3000;
        var random = new Random(k);
        var input = new FeatureBlock(features, rows);
        var scores = new ScoreBlock(features, input.Stride, withShap: true);
        // Few distinct sizes and many zeros, so ties and short rows are common.
        float[] sizes = [0f, 0f, 0f, 0.25f, -0.25f, 0.5f, -1f, 1f, 0.125f];
        for (int f = 0; f < features; f++)
            for (int row = 0; row < rows; row++)
            {
                input[row, f] = row * 10 + f;
                scores.ShapColumn(f)[row] = row % 97 == 0 ? 0f : sizes[random.Next(sizes.Length)];
            }
        input.SetCount(rows);
        var reasons = new ReasonCode[rows * k];
        // Uneven pieces, so vector groups of rows and rows left over both occur.
        ReasonCodes.TopK(input, scores, 0, 1003, k, reasons);
        ReasonCodes.TopK(input, scores, 1003, rows - 1004, k, reasons);
        ReasonCodes.TopK(input, scores, rows - 1, 1, k, reasons);
        AssertLargest(input, scores, rows, k, reasons);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(3000)]
    public void A_wide_models_large_k_is_picked_the_same_way_without_exhausting_the_stack(int k)
    {
        const int features = 3000, rows = 100;
        var random = new Random(k);
        var input = new FeatureBlock(features, rows);
        var scores = new ScoreBlock(features, input.Stride, withShap: true);
        for (int f = 0; f < features; f++)
            for (int row = 0; row < rows; row++)
            {
                input[row, f] = f;
                scores.ShapColumn(f)[row] = random.Next(4) == 0 ? 0f : (float)(random.NextDouble() - 0.5);
            }
        input.SetCount(rows);
        var reasons = new ReasonCode[rows * k];
        // On a thread with a small stack (a pool thread's is not much larger): too much on the stack ends the process.
        var worker = new Thread(() => ReasonCodes.TopK(input, scores, 0, rows, k, reasons), maxStackSize: 256 * 1024);
        worker.Start();
        worker.Join();
        AssertLargest(input, scores, rows, k, reasons);
    }

    private static void AssertLargest(FeatureBlock input, ScoreBlock scores, int rows, int k, ReasonCode[] reasons)
    {
        int features = scores.FeatureCount;
        for (int row = 0; row < rows; row++)
        {
            var expected = Enumerable.Range(0, features).Where(f => scores.ShapValue(row, f) != 0)
                .OrderByDescending(f => Math.Abs(scores.ShapValue(row, f))).ThenBy(f => f).Take(k).ToList();
            for (int j = 0; j < k; j++)
            {
                var reason = reasons[row * k + j];
                if (j < expected.Count)
                    Assert.Equal(new ReasonCode(expected[j], input[row, expected[j]], scores.ShapValue(row, expected[j])), reason);
                else
                    Assert.Equal(-1, reason.Feature);
            }
        }
    }
}
