namespace LeadScore.Metrics.Internal;

/// <summary>
/// The standard normal distribution: CDF through the complementary error function (Cephes' rational
/// approximations, with <c>exp(-x²)</c> evaluated in two parts for accuracy in the tails) and the
/// quantile by Wichura's AS241 (PPND16). Both agree with scipy.stats.norm to about 1e-15 relative.
/// </summary>
internal static class Normal
{
    private static readonly double[] ErfcP =
    [
        2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0,
        4.86371970985681366614E1, 1.96520832956077098242E2, 5.26445194995477358631E2,
        9.34528527171957607540E2, 1.02755188689515710272E3, 5.57535335369399327526E2,
    ];

    private static readonly double[] ErfcQ =
    [
        1.0, 1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2,
        9.75708501743205489753E2, 1.82390916687909736289E3, 2.24633760818710981792E3,
        1.65666309194161350182E3, 5.57535340817727675546E2,
    ];

    private static readonly double[] ErfcR =
    [
        5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0,
        6.16021097993053585195E0, 7.40974269950448939160E0, 2.97886665372100240670E0,
    ];

    private static readonly double[] ErfcS =
    [
        1.0, 2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1,
        1.70814450747565897222E1, 9.60896809063285878198E0, 3.36907645100081516050E0,
    ];

    private static readonly double[] ErfT =
    [
        9.60497373987051638749E0, 9.00260197203842689217E1, 2.23200534594684319226E3,
        7.00332514112805075473E3, 5.55923013010394962768E4,
    ];

    private static readonly double[] ErfU =
    [
        1.0, 3.35617141647503099647E1, 5.21357949780152679795E2, 4.59432382970980127987E3,
        2.26290000613890934246E4, 4.92673942608635921086E4,
    ];

    /// <summary>P(Z &lt;= x).</summary>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var t = x * Math.Sqrt(0.5);
        var z = Math.Abs(t);
        if (z < Math.Sqrt(0.5))
        {
            return 0.5 + 0.5 * Erf(t);
        }

        var tail = 0.5 * Erfc(z);
        return t > 0 ? 1.0 - tail : tail;
    }

    /// <summary>P(Z &gt; x), accurate in the upper tail (no 1 - Cdf cancellation).</summary>
    public static double UpperTail(double x) => Cdf(-x);

    /// <summary>Two-sided p-value of a z statistic: P(|Z| &gt;= |z|).</summary>
    public static double TwoSidedPValue(double z) => 2.0 * UpperTail(Math.Abs(z));

    /// <summary>The critical value for a two-sided interval at <paramref name="level"/>: scipy's <c>norm.isf((1 - level) / 2)</c>.</summary>
    public static double TwoSidedCritical(double level) => -Quantile((1.0 - level) / 2.0);

    /// <summary>The p-quantile, Wichura's AS241 (PPND16); ±infinity at 0 and 1, NaN outside [0, 1].</summary>
    public static double Quantile(double p)
    {
        if (double.IsNaN(p) || p < 0.0 || p > 1.0)
        {
            return double.NaN;
        }

        if (p == 0.0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1.0)
        {
            return double.PositiveInfinity;
        }

        var q = p - 0.5;
        double num, den;
        if (Math.Abs(q) <= 0.425)
        {
            var s = 0.180625 - q * q;
            num = (((((((2.5090809287301226727e+3 * s + 3.3430575583588128105e+4) * s
                + 6.7265770927008700853e+4) * s + 4.5921953931549871457e+4) * s
                + 1.3731693765509461125e+4) * s + 1.9715909503065514427e+3) * s
                + 1.3314166789178437745e+2) * s + 3.3871328727963666080e+0) * q;
            den = ((((((5.2264952788528545610e+3 * s + 2.8729085735721942674e+4) * s
                + 3.9307895800092710610e+4) * s + 2.1213794301586595867e+4) * s
                + 5.3941960214247511077e+3) * s + 6.8718700749205790830e+2) * s
                + 4.2313330701600911252e+1) * s + 1.0;
            return num / den;
        }

        var r = Math.Sqrt(-Math.Log(q <= 0.0 ? p : 1.0 - p));
        if (r <= 5.0)
        {
            r -= 1.6;
            num = ((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
                + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0;
            den = ((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0;
        }
        else
        {
            r -= 5.0;
            num = ((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0;
            den = ((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0;
        }

        var x = num / den;
        return q < 0.0 ? -x : x;
    }

    private static double Erf(double x)
    {
        if (Math.Abs(x) > 1.0)
        {
            return 1.0 - Erfc(x);
        }

        var z = x * x;
        return x * Polynomial(z, ErfT) / Polynomial(z, ErfU);
    }

    /// <summary>erfc for x &gt;= 1/√2 (the only range <see cref="Cdf"/> asks for).</summary>
    private static double Erfc(double x)
    {
        if (x < 1.0)
        {
            return 1.0 - Erf(x);
        }

        var e = ExpMinusSquare(x);
        if (e == 0.0)
        {
            return 0.0;
        }

        return x < 8.0
            ? e * Polynomial(x, ErfcP) / Polynomial(x, ErfcQ)
            : e * Polynomial(x, ErfcR) / Polynomial(x, ErfcS);
    }

    /// <summary>exp(-x²) with x split as m + f (m a multiple of 1/128), so x² is not rounded before exp.</summary>
    private static double ExpMinusSquare(double x)
    {
        var m = Math.Round(x * 128.0) / 128.0;
        var f = x - m;
        var u = m * m;
        var u1 = 2.0 * m * f + f * f;
        if (u + u1 > 745.2)
        {
            return 0.0;
        }

        return Math.Exp(-u) * Math.Exp(-u1);
    }

    /// <summary>Horner evaluation; coefficients are highest degree first.</summary>
    private static double Polynomial(double x, double[] coefficients)
    {
        var result = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            result = result * x + coefficients[i];
        }

        return result;
    }
}
