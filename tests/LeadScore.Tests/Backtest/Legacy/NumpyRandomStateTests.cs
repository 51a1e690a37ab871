using LeadScore.Backtest.Legacy;

namespace LeadScore.Tests.Backtest.Legacy;

// Expected values: numpy 1.24.2 np.random.RandomState (reference/make_numpy_reference.py), compared exactly.
public class NumpyRandomStateTests
{
    [Theory]
    [InlineData(0u, new uint[] { 2357136044, 2546248239, 3071714933, 3626093760, 2588848963 })]
    [InlineData(42u, new uint[] { 1608637542, 3421126067, 4083286876, 787846414, 3143890026 })]
    [InlineData(4294967295u, new uint[] { 419326371, 479346978, 3918654476, 2416749639, 3388880820 })]
    public void The_32_bit_stream_starts_like_numpys(uint seed, uint[] expected)
    {
        var random = new NumpyRandomState(seed);
        Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(_ => random.NextUInt32()));
    }

    [Fact]
    public void The_32_bit_stream_matches_numpy_across_state_regenerations()
    {
        var random = new NumpyRandomState(42);
        var words = Enumerable.Range(0, 2000).Select(_ => random.NextUInt32()).ToArray();
        Assert.Equal(1077437785u, words[623]);
        Assert.Equal(108880612u, words[624]);
        Assert.Equal(2238969328u, words[1999]);
        Assert.Equal(4277769182228UL, words.Aggregate(0UL, (sum, word) => sum + word));
    }

    [Theory]
    [InlineData(0u, new[] { 0.5488135039273248, 0.7151893663724195, 0.6027633760716439 })]
    [InlineData(42u, new[] { 0.3745401188473625, 0.9507143064099162, 0.7319939418114051 })]
    public void Random_sample_starts_like_numpys(uint seed, double[] expected)
    {
        var random = new NumpyRandomState(seed);
        Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(_ => random.RandomSample()));
    }

    [Fact]
    public void Standard_normals_match_numpy_through_the_cached_second_value()
    {
        var random = new NumpyRandomState(42);
        double[] expected = [0.4967141530112327, -0.13826430117118466, 0.6476885381006925, 1.5230298564080254, -0.23415337472333597];
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(_ => random.Normal(0.0, 1.0)));
    }

    [Fact]
    public void Normals_with_a_location_and_scale_match_numpy()
    {
        var random = new NumpyRandomState(7);
        double[] expected = [14.22631425950089, 8.835156573647918, 10.08205040919646, 11.01879070749127];
        Assert.Equal(expected, Enumerable.Range(0, 4).Select(_ => random.Normal(10.0, 2.5)));
    }

    [Fact]
    public void The_cached_normal_survives_other_draws_in_between()
    {
        var random = new NumpyRandomState(42);
        Assert.Equal(0.4967141530112327, random.Normal(0.0, 1.0));
        Assert.Equal(0.7319939418114051, random.RandomSample());
        Assert.Equal(-0.13826430117118466, random.Normal(0.0, 1.0));
        Assert.Equal(-1.1118801180469204, random.Normal(0.0, 1.0));
    }

    [Fact]
    public void The_ten_thousandth_normals_match_numpy()
    {
        var random = new NumpyRandomState(3);
        for (int i = 0; i < 9999; i++) random.Normal(0.0, 1.0);
        Assert.Equal(0.4221860525034972, random.Normal(0.0, 1.0));
        Assert.Equal(-0.041541774183588266, random.Normal(0.0, 1.0));
    }

    [Fact]
    public void Randint_matches_numpy_on_a_range_that_needs_rejection() =>
        Assert.Equal([3174, 860, 1294, 1130, 1095, 3092, 1638, 2169, 466, 1238], new NumpyRandomState(42).Randint(0, 3393, 10));

    [Fact]
    public void Randint_matches_numpy_with_a_negative_low() =>
        Assert.Equal([0, 3, 4, 0, -5, -5, -4, 2, 1, 4], new NumpyRandomState(1).Randint(-5, 6, 10));

    [Fact]
    public void Randint_matches_numpy_on_ranges_wider_than_32_bits()
    {
        Assert.Equal([425438759118, 1030067709629, 989404716150, 622681974857], new NumpyRandomState(5).Randint(0, 1L << 40, 4));
        Assert.Equal([-516634799685744434, 2227117907221014205, -798390687407154058],
            new NumpyRandomState(5).Randint(-(1L << 62), 1L << 62, 3));
    }

    [Fact]
    public void Randint_over_a_single_value_draws_nothing()
    {
        var random = new NumpyRandomState(42);
        Assert.Equal([7, 7, 7], random.Randint(7, 8, 3));
        Assert.Equal(0.3745401188473625, random.RandomSample());
    }

    [Fact]
    public void A_hundred_thousand_randints_sum_to_numpys_total() =>
        Assert.Equal(169344194, new NumpyRandomState(9).Randint(0, 3393, 100000).Sum());

    [Fact]
    public void Randint_rejects_an_empty_range() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumpyRandomState(1).Randint(5, 5, 1));

    [Fact]
    public void Binomial_by_inversion_matches_numpy() =>
        Assert.Equal([2, 5, 4, 3, 2, 2, 1, 5, 3, 4], Draw(42, 10, 0.3, 10));

    [Fact]
    public void Binomial_by_btpe_matches_numpy() =>
        Assert.Equal([121, 129, 112, 109, 139, 130, 127, 136, 112, 130], Draw(42, 2800, 86.0 / 1888, 10));

    [Fact]
    public void Binomial_by_btpe_matches_numpy_far_from_the_mode_where_the_squeeze_decides() =>
        Assert.Equal([250020, 249881, 249961, 249647, 249605], Draw(3, 1_000_000, 0.25, 5));

    [Fact]
    public void Binomial_above_one_half_reflects_the_inversion_like_numpy() =>
        Assert.Equal([93, 96, 90, 88, 91, 90, 96, 90, 85, 87], Draw(11, 100, 0.9, 10));

    [Fact]
    public void Binomial_above_one_half_reflects_btpe_like_numpy() =>
        Assert.Equal([693, 701, 696, 713, 730, 715, 711, 702, 691, 694], Draw(11, 1000, 0.7, 10));

    [Fact]
    public void Binomial_with_p_zero_or_one_still_consumes_a_uniform_like_legacy_numpy()
    {
        var random = new NumpyRandomState(1);
        Assert.Equal(0, random.Binomial(10, 0.0));
        Assert.Equal(10, random.Binomial(10, 1.0));
        Assert.Equal(0.00011437481734488664, random.RandomSample());
    }

    [Theory]
    [InlineData(42u, 2800L, 86.0 / 1888, 1276692L)]
    [InlineData(7u, 1000L, 0.7, 7001103L)]
    [InlineData(7u, 25L, 0.4, 99794L)]
    public void Ten_thousand_binomials_sum_to_numpys_total(uint seed, long n, double p, long expected) =>
        Assert.Equal(expected, Draw(seed, n, p, 10000).Sum());

    [Fact]
    public void Binomial_rejects_a_probability_outside_zero_to_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumpyRandomState(1).Binomial(10, 1.5));

    private static long[] Draw(uint seed, long n, double p, int count)
    {
        var random = new NumpyRandomState(seed);
        return Enumerable.Range(0, count).Select(_ => random.Binomial(n, p)).ToArray();
    }
}
