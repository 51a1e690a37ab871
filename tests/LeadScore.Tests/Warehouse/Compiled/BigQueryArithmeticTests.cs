using LeadScore.Tests.Support;
using Xunit.Abstractions;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>
/// BigQuery's accuracy without BigQuery: the R3 model's SQL arithmetic (<see cref="Float64Scoring"/>) on the 30,738 real
/// leads against the engine. The leads' values are the engine's float32 reads; the double tests give every double
/// the decision of its float32 rounding, so the raw FLOAT64 values BigQuery reads take the same branches.
/// </summary>
public class BigQueryArithmeticTests(RealModelsFixture real, ITestOutputHelper output) : IClassFixture<RealModelsFixture>
{
    [SkippableFact]
    public void R3_in_FLOAT64_reaches_the_engine_leaves_and_differs_from_its_margin_only_by_float32_rounding()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = real.R3;
        double worstMargin = 0, worstProbability = 0, worstBound = 0;
        int worstRow = 0, beyond1e6 = 0;
        for (int row = 0; row < leads.Input.Count; row++)
        {
            double Feature(int f) => leads.Input[row, f];
            // The same leaves as the engine: summed in float32 they give its margin bit for bit.
            Assert.Equal(leads.Scores.Margin[row], Float64Scoring.Float32Margin(leads.Model, Feature));
            double margin = Float64Scoring.Margin(leads.Model, Feature);
            double difference = Math.Abs(margin - leads.Scores.Margin[row]);
            // What the engine's float32 additions may round away: half a float32 unit of each partial sum.
            double bound = Float32RoundingBound(leads.Model.BaseMargin, Float64Scoring.Leaves(leads.Model, Feature)) + 1e-12;
            Assert.True(difference <= bound, $"lead {leads.Ids[row]}: FLOAT64 margin {margin:R} is {difference:E3} from the engine's {leads.Scores.Margin[row]:R}, beyond float32 rounding ({bound:E3})");
            if (difference > worstMargin) (worstMargin, worstRow, worstBound) = (difference, row, bound);
            if (difference > 1e-6) beyond1e6++;
            worstProbability = Math.Max(worstProbability, Math.Abs(Float64Scoring.Probability(margin) - leads.Scores.Probability[row]));
        }
        output.WriteLine($"R3 on {leads.Input.Count:N0} real leads, FLOAT64 against the engine's float32: largest margin difference {worstMargin:E3} " +
                         $"(lead {leads.Ids[worstRow]}, engine margin {leads.Scores.Margin[worstRow]:R}, rounding bound {worstBound:E3}); " +
                         $"{beyond1e6} leads beyond 1e-6; largest probability difference {worstProbability:E3}");
        // The numbers the documentation quotes.
        Assert.True(worstMargin <= 1.5e-6, $"largest margin difference {worstMargin:E3}");
        Assert.True(worstProbability <= 3e-7, $"largest probability difference {worstProbability:E3}");
    }

    private static double Float32RoundingBound(float start, IEnumerable<float> leaves)
    {
        float sum = start;
        double bound = 0;
        foreach (var leaf in leaves)
        {
            sum += leaf;
            float size = Math.Abs(sum);
            bound += 0.5 * (MathF.BitIncrement(size) - size);
        }
        return bound;
    }
}
