using LeadScore.Metrics;
using LeadScore.Monitoring;
using Xunit.Abstractions;

namespace LeadScore.Tests.Monitoring;

/// <summary>The challenger-against-champion test under daily looks: its type-I error, and the naive test's.</summary>
public class SequentialTestTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0.05, 7, 60)]    // about the volume of disagreeing top-decile picks (≈ 140 per model a month), for two months
    [InlineData(0.098, 7, 21)]   // one month at the seed's top-decile rate
    [InlineData(0.05, 50, 60)]   // a larger test
    public void The_mixture_sprt_keeps_its_error_within_alpha_under_daily_looks_where_a_daily_z_test_does_not(double rate, int perDay, int days)
    {
        const int replicates = 2000;
        int sequential = 0, naive = 0;
        for (var replicate = 0; replicate < replicates; replicate++)
        {
            var random = new RandomStream(5, (ulong)replicate);
            int a = 0, b = 0, n = 0;
            bool rejectedSequential = false, rejectedNaive = false;
            for (var day = 0; day < days; day++)
            {
                for (var i = 0; i < perDay; i++)
                {
                    if (random.Chance(rate)) a++;
                    if (random.Chance(rate)) b++;
                }
                n += perDay;
                rejectedSequential |= SequentialComparison.Mixture(a, n, b, n, Rule.DefaultMixtureSd).Rejects(0.05);
                rejectedNaive |= RateComparison.Compare(a, n, b, n).PValue < 0.05;
            }
            if (rejectedSequential) sequential++;
            if (rejectedNaive) naive++;
        }
        double sequentialError = (double)sequential / replicates, naiveError = (double)naive / replicates;
        output.WriteLine($"equal rates {rate}, {perDay} leads a day per arm, {days} daily looks: mSPRT rejects {sequentialError:0.000}, daily z-test {naiveError:0.000}");
        Assert.True(sequentialError <= 0.05, $"mSPRT type-I error {sequentialError}");
        Assert.True(naiveError > 0.15, $"naive type-I error {naiveError}");
    }

    [Fact]
    public void With_delayed_labels_the_sequential_challenger_rule_stays_within_alpha_and_a_daily_interval_rule_does_not()
    {
        var sequential = RuleSet.Preset("default").Rules.Single(r => r.Name == "challenger-better");
        var naive = sequential with { Name = "naive", Evidence = EvidenceStandard.Interval, Cumulative = true, AdjustForMaturity = false };
        var setup = new SimulationSetup(Months: 1000, LookDays: 60);
        var valid = RuleSimulation.Of(sequential, Expectation.Seed, 0.0274, SyntheticDelays.Realistic, setup);
        var repeated = RuleSimulation.Of(naive, Expectation.Seed, 0.0274, SyntheticDelays.Realistic, setup);
        output.WriteLine($"equal models, 60 daily looks: sequential fires in {valid.FalseAlarm:0.000} of months, a daily 95% interval in {repeated.FalseAlarm:0.000}");
        output.WriteLine($"champion's picks at half the rate: sequential {valid.Detection:0.000}, daily interval {repeated.Detection:0.000}");
        Assert.True(valid.FalseAlarm <= 0.05);
        Assert.True(repeated.FalseAlarm > 0.05);
    }
}
