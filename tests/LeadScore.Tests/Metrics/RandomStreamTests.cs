using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

public class RandomStreamTests
{
    /// <summary>
    /// With a bound of 3·2^29, the shortcut the synthetic generator used before, (32 random bits × n) >> 32, gives
    /// 3, 3 and 2 of every 8 outcomes to the three residues mod 3 (shares 3/8, 3/8, 1/4); unbiased draws give a third each.
    /// </summary>
    [Fact]
    public void Bounded_draws_are_unbiased_even_for_a_bound_near_the_32_bit_range()
    {
        const int bound = 3 << 29;
        var random = new RandomStream(2026);
        var counts = new int[3];
        const int draws = 300_000;
        for (int i = 0; i < draws; i++) counts[random.NextInt(bound) % 3]++;
        foreach (var count in counts) Assert.InRange(count / (double)draws, 1.0 / 3 - 0.006, 1.0 / 3 + 0.006);

        var shortcut = new RandomStream(2026);
        var biased = new int[3];
        for (int i = 0; i < draws; i++) biased[(int)(((shortcut.NextUInt64() >> 32) * bound) >> 32) % 3]++;
        Assert.True(biased.Min() / (double)draws < 0.27, "the shortcut is biased, so this test can tell the two apart");
    }

    [Fact]
    public void Streams_of_one_seed_are_independent_and_repeatable()
    {
        var a = new RandomStream(42, 7);
        var b = new RandomStream(42, 8);
        var again = new RandomStream(42, 7);
        var first = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => again.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
        b.Reseed(42, 7);
        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.NextInt(0));
    }
}
