using LeadScore.Metrics;
using LeadScore.Metrics.Internal;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: reference/make_statistics_reference.py, "## xoshiro256**": an independent Python implementation of
// SplitMix64, xoshiro256** and Lemire's bounded draw, and a full bootstrap of the conversion rate with np.percentile
// and np.std(ddof=1). SplitMix64(1234567) also matches the authors' published test vector.
public class BootstrapTests
{
    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        ulong state = 1234567;
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (var value in expected)
        {
            Assert.Equal(value, RandomStream.SplitMix64(ref state));
        }
    }

    [Fact]
    public void Xoshiro_and_bounded_draws_match_the_python_reimplementation()
    {
        var generator = new RandomStream(42);
        ulong[] expected = [1546998764402558742, 6990951692964543102, 12544586762248559009, 17057574109182124193];
        foreach (var value in expected)
        {
            Assert.Equal(value, generator.NextUInt64());
        }

        var bounded = new RandomStream(42);
        int[] draws = [285, 1288, 2312, 3143, 3372, 2617, 2445, 2890];
        foreach (var value in draws)
        {
            Assert.Equal(value, bounded.NextInt(3400));
        }
    }

    [Fact]
    public void Rate_bootstrap_matches_the_python_bootstrap_with_the_same_generator()
    {
        var (_, _, labels) = Leads();
        var result = Bootstrap.Interval(Rows, Rate(labels), replicates: 200, seed: 7);
        Assert.Equal(133.0 / 3400, result.Estimate);
        Assert.Equal(0.03235294117647059, result.Lower, 1e-15);
        Assert.Equal(0.04617647058823529, result.Upper, 1e-15);
        Assert.Equal(0.0035328279358401746, result.StandardError, 1e-15);
        Assert.Equal(0, result.Undefined);
        Assert.Equal(200, result.Replicates);
    }

    [Fact]
    public void Rate_bootstrap_is_close_to_the_wilson_interval()
    {
        var (_, _, labels) = Leads();
        var bootstrap = Bootstrap.Interval(Rows, Rate(labels), replicates: 2000, seed: 42);
        var wilson = Wilson.Interval(133, 3400);
        Assert.Equal(wilson.Lower, bootstrap.Lower, 0.0015);
        Assert.Equal(wilson.Upper, bootstrap.Upper, 0.0015);
        // Binomial standard error sqrt(p(1-p)/n) = 0.00333.
        Assert.Equal(Math.Sqrt(133.0 / 3400 * (1 - 133.0 / 3400) / 3400), bootstrap.StandardError, 0.0003);
    }

    [Fact]
    public void Same_seed_gives_the_same_interval_and_another_seed_a_different_one()
    {
        var (scores, _, labels) = Leads();
        var first = Bootstrap.TopDecileLift(scores, labels, replicates: 300, seed: 5);
        var second = Bootstrap.TopDecileLift(scores, labels, replicates: 300, seed: 5);
        var other = Bootstrap.TopDecileLift(scores, labels, replicates: 300, seed: 6);
        Assert.Equal(first, second);
        Assert.NotEqual(first.Lower, other.Lower);
    }

    [Fact]
    public void Top_decile_lift_estimate_is_the_plain_statistic_and_inside_its_interval()
    {
        var (scores, _, labels) = Leads();
        var result = Bootstrap.TopDecileLift(scores, labels, replicates: 500);
        Assert.Equal(DecileTable.Qcut(scores, labels).TopDecileLift, result.Estimate);
        Assert.True(result.Lower < result.Estimate && result.Estimate < result.Upper, $"{result}");
        Assert.Equal(0, result.Undefined);
        Assert.True(result.StandardError > 0.1 && result.StandardError < 1.0, $"{result.StandardError}");
    }

    [Fact]
    public void Stratified_resampling_keeps_the_conversion_count()
    {
        var (_, _, labels) = Leads();
        var result = Bootstrap.Interval(labels, Rate(labels), replicates: 100, seed: 1);
        Assert.Equal(133.0 / 3400, result.Lower);
        Assert.Equal(133.0 / 3400, result.Upper);
        Assert.Equal(0.0, result.StandardError);

        var seen = 0;
        Bootstrap.Interval(labels, sample =>
        {
            for (var i = 0; i < sample.Length; i++)
            {
                Assert.Equal(labels[i], labels[sample[i]]);
            }

            seen++;
            return 0.0;
        }, replicates: 3, seed: 1);
        Assert.Equal(4, seen); // the estimate plus three replicates

        var unstratified = Bootstrap.Interval(labels, Rate(labels), replicates: 100, seed: 1, stratified: false);
        Assert.Equal(Bootstrap.Interval(Rows, Rate(labels), 100, 1), unstratified);
    }

    [Fact]
    public void Undefined_replicates_are_skipped_and_counted()
    {
        // One positive in ten rows: a replicate misses it with probability 0.9^10 = 0.349.
        int[] labels = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
        var expectedMisses = 0;
        var result = Bootstrap.Interval(labels, sample =>
        {
            var positives = sample.Sum(i => labels[i]);
            if (positives == 0)
            {
                expectedMisses++;
                return double.NaN;
            }

            return positives;
        }, replicates: 2000, seed: 3, stratified: false);
        Assert.Equal(expectedMisses, result.Undefined);
        Assert.InRange(result.Undefined, 620, 780);
        Assert.Equal(1.0, result.Estimate);
    }

    [Fact]
    public void Bootstrap_rejects_bad_settings()
    {
        var error = Assert.Throws<MetricsException>(() => Bootstrap.Interval(10, _ => 1.0, 0, 1));
        Assert.Equal("The number of bootstrap replicates must be at least 1 (got 0); pass e.g. 2000.", error.Message);
        Assert.Throws<MetricsException>(() => Bootstrap.Interval(0, _ => 1.0, 10, 1));
        Assert.Throws<MetricsException>(() => Bootstrap.Interval(10, _ => 1.0, 10, 1, level: 0.0));
        var undefined = Assert.Throws<MetricsException>(() => Bootstrap.Interval(10, _ => double.NaN, 5, 1));
        Assert.Equal("The statistic was undefined (NaN or infinite) on all 5 bootstrap replicates; check it on the full sample or resample stratified.", undefined.Message);
        Assert.Throws<MetricsException>(() => Bootstrap.Interval([0, 2], _ => 1.0, 10, 1));
    }

    private static Func<int[], double> Rate(int[] labels) => sample =>
    {
        var sum = 0;
        foreach (var i in sample)
        {
            sum += labels[i];
        }

        return (double)sum / sample.Length;
    };
}
