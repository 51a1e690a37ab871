using LeadScore.Metrics.Internal;

namespace LeadScore.Tests.Metrics;

// Expected values: scipy 1.10.1 (reference/make_statistics_reference.py, "## scipy.stats.norm"):
//   st.norm.cdf(xs), st.norm.ppf(ps). Tolerance: 1e-12 relative (absolute 1e-12 at 0).
public class NormalTests
{
    private static readonly double[] CdfX =
        [-37.5, -30.0, -12.0, -8.5, -5.0, -3.0, -1.959963984540054, -1.0, -0.7, -0.3, 0.0, 0.25, 0.7071, 1.0, 2.5, 4.0, 6.0, 8.3];

    private static readonly double[] CdfExpected =
    [
        4.605353009581954e-308, 4.906713927147908e-198, 1.776482112077653e-33, 9.47953482220325e-18,
        2.866515718791933e-07, 0.0013498980316300933, 0.025, 0.15865525393145707, 0.24196365222307303,
        0.3820885778110474, 0.5, 0.5987063256829237, 0.7602478320101365, 0.8413447460685429,
        0.9937903346742238, 0.9999683287581669, 0.9999999990134123, 1.0,
    ];

    private static readonly double[] PpfP =
        [1e-300, 1e-20, 1e-10, 1e-05, 0.001, 0.025, 0.05, 0.075, 0.1, 0.3, 0.5, 0.6, 0.925, 0.975, 0.999, 0.999999999999];

    private static readonly double[] PpfExpected =
    [
        -37.0470962993612, -9.262340089798409, -6.361340902404056, -4.264890793922825, -3.090232306167813,
        -1.9599639845400545, -1.6448536269514729, -1.4395314709384563, -1.2815515655446004, -0.5244005127080409,
        0.0, 0.2533471031357997, 1.4395314709384563, 1.959963984540054, 3.090232306167813, 7.0344869100478356,
    ];

    [Fact]
    public void Cdf_matches_scipy_to_1e_12_relative_including_the_far_tails()
    {
        for (var i = 0; i < CdfX.Length; i++)
        {
            AssertRelative(CdfExpected[i], Normal.Cdf(CdfX[i]), 1e-12, $"cdf({CdfX[i]})");
        }
    }

    [Fact]
    public void Quantile_matches_scipy_to_1e_12_relative()
    {
        for (var i = 0; i < PpfP.Length; i++)
        {
            AssertRelative(PpfExpected[i], Normal.Quantile(PpfP[i]), 1e-12, $"ppf({PpfP[i]})");
        }
    }

    [Fact]
    public void Quantile_inverts_cdf_and_handles_the_ends()
    {
        foreach (var p in new[] { 1e-8, 0.01, 0.2, 0.5, 0.8, 0.99 })
        {
            AssertRelative(p, Normal.Cdf(Normal.Quantile(p)), 1e-13, $"cdf(ppf({p}))");
        }

        Assert.Equal(double.NegativeInfinity, Normal.Quantile(0.0));
        Assert.Equal(double.PositiveInfinity, Normal.Quantile(1.0));
        Assert.True(double.IsNaN(Normal.Quantile(1.5)));
        Assert.Equal(1.959963984540054, Normal.TwoSidedCritical(0.95), 14);
    }

    internal static void AssertRelative(double expected, double actual, double tolerance, string what)
    {
        var error = expected == 0.0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2})");
    }
}
