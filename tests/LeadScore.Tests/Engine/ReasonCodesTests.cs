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
