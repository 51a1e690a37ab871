using LeadScore.Data.Labeled;
using LeadScore.Training.Config;
using LeadScore.Training.Leakage;

namespace LeadScore.Tests.Training;

public class LeakageCheckTests
{
    private static readonly LeakageConfig Defaults = new(0.005, 1.5, 0.01, 1.5, 0.25);

    // Leads over two years; "days since move" is 9999 when the advisor moved after the contact, which older
    // leads had more time to do, and such movers convert more: the original's days_since_last_move leak.
    private static LabeledRows Leads(bool leaky, int seed = 5)
    {
        var random = new Random(seed);
        const int N = 20_000;
        var dates = new DateOnly[N];
        var days = new float[N];
        var honestSentinel = new float[N];
        var tenure = new float[N];
        var labels = new int[N];
        for (int r = 0; r < N; r++)
        {
            dates[r] = new DateOnly(2024, 1, 1).AddDays(r * 730 / N);
            double age = 1 - (double)r / N;
            bool movedLater = random.NextDouble() < 0.05 + 0.25 * age;
            bool converts = random.NextDouble() < (leaky && movedLater ? 0.06 : 0.025);
            labels[r] = converts ? 1 : 0;
            days[r] = movedLater && leaky ? 9999 : (float)Math.Round(random.NextDouble() * 5000);
            honestSentinel[r] = random.NextDouble() < 0.1 ? 9999 : (float)Math.Round(random.NextDouble() * 5000);
            tenure[r] = (float)Math.Round(random.NextDouble() * 300);
        }
        return new LabeledRows(["days_since_move", "unknown_is_9999", "tenure"], [days, honestSentinel, tenure], labels, dates);
    }

    [Fact]
    public void A_sentinel_that_fades_with_the_date_and_converts_differently_is_flagged()
    {
        var findings = LeakageCheck.Run(Leads(leaky: true), Defaults);
        var leak = findings.Single(f => f.Feature == "days_since_move");
        Assert.True(leak.Flagged, leak.Verdict);
        Assert.Equal(9999, leak.Sentinel!.Value);
        Assert.True(leak.Sentinel.ShareEarly > 2 * leak.Sentinel.ShareLate);
        Assert.StartsWith("LEAKY", leak.Verdict);
        Assert.All(findings.Where(f => f.Feature != "days_since_move"), f => Assert.False(f.Flagged, f.Verdict));
    }

    [Fact]
    public void A_steady_sentinel_with_the_base_rate_is_reported_but_not_flagged()
    {
        var findings = LeakageCheck.Run(Leads(leaky: false), Defaults);
        var steady = findings.Single(f => f.Feature == "unknown_is_9999");
        Assert.NotNull(steady.Sentinel);
        Assert.False(steady.Flagged, steady.Verdict);
        Assert.DoesNotContain(findings, f => f.Flagged);
    }

    [Fact]
    public void Category_codes_are_never_sentinels()
    {
        var rows = Leads(leaky: true);
        var findings = LeakageCheck.Run(rows, Defaults, new HashSet<string> { "days_since_move" });
        Assert.Null(findings.Single(f => f.Feature == "days_since_move").Sentinel);
    }
}
