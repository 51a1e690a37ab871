namespace LeadScore.Metrics.Internal;

/// <summary>
/// Survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, P(D_n &gt; d), following
/// scipy's <c>kstwo.sf</c> (Simard &amp; L'Ecuyer 2011's choice of method): Ruben-Gambino closed forms at the
/// extremes, the Durbin matrix (Marsaglia-Tsang-Wang) and Pomeranz recursions for small n·d², the Pelz-Good
/// expansion for large n, and twice the exact one-sided Smirnov tail for large n·d².
/// </summary>
internal static class KolmogorovDistribution
{
    private const int E128 = 128;
    private static readonly double Ep128 = Math.ScaleB(1.0, E128);
    private static readonly double Em128 = Math.ScaleB(1.0, -E128);

    public static double Survival(int n, double x)
    {
        if (x >= 1.0)
        {
            return 0.0;
        }

        if (x <= 0.0)
        {
            return 1.0;
        }

        var t = n * x;
        if (t <= 1.0)
        {
            if (t <= 0.5)
            {
                return 1.0;
            }

            return Clip(1.0 - RubenGambinoLow(n, t));
        }

        if (t >= n - 1)
        {
            return Clip(2.0 * Math.Pow(1.0 - x, n));
        }

        if (x >= 0.5)
        {
            return Clip(2.0 * Smirnov(n, x));
        }

        var nxSquared = t * x;
        if (n <= 140)
        {
            if (nxSquared <= 0.754693)
            {
                return Clip(1.0 - DurbinMatrix(n, x));
            }

            return nxSquared <= 4.0 ? Clip(1.0 - Pomeranz(n, x)) : Clip(2.0 * Smirnov(n, x));
        }

        if (nxSquared >= 370.0)
        {
            return 0.0;
        }

        if (nxSquared >= 2.2)
        {
            return Clip(2.0 * Smirnov(n, x));
        }

        var cdf = n <= 100000 && n * Math.Pow(x, 1.5) <= 1.4 ? DurbinMatrix(n, x) : PelzGood(n, x);
        return Clip(1.0 - cdf);
    }

    private static double Clip(double p) => Math.Clamp(p, 0.0, 1.0);

    /// <summary>P(D_n &lt;= x) = n!/n^n (2t - 1)^n for 1/2n &lt;= x &lt;= 1/n.</summary>
    private static double RubenGambinoLow(int n, double t)
    {
        if (n <= 140)
        {
            var product = 1.0;
            for (var i = 1; i <= n; i++)
            {
                product *= i * (1.0 / n) * (2 * t - 1);
            }

            return product;
        }

        return Math.Exp(LogFactorialOverPower(n) + n * Math.Log(2 * t - 1));
    }

    /// <summary>log(n! / n^n) by Stirling's series with the n log n term cancelled.</summary>
    private static double LogFactorialOverPower(int n)
    {
        double[] coefficients =
        [
            -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
            8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
            -2.7777777777777777778e-3, 8.3333333333333333333e-2,
        ];
        var rn = 1.0 / n;
        var u = rn / n;
        var series = 0.0;
        foreach (var c in coefficients)
        {
            series = series * u + c;
        }

        return Math.Log(n) / 2 - n + Math.Log(2 * Math.PI) / 2 + rn * series;
    }

    /// <summary>
    /// Exact one-sided tail P(D_n+ &gt;= e) = e Σ_{v=0}^{⌊n(1-e)⌋} C(n,v) (e + v/n)^(v-1) (1 - e - v/n)^(n-v)
    /// (Birnbaum-Tingey); every term is positive and evaluated in logarithms.
    /// </summary>
    private static double Smirnov(int n, double e)
    {
        var last = (int)Math.Floor(n * (1.0 - e));
        var logBinomial = 0.0;
        var sum = 0.0;
        for (var v = 0; v <= last; v++)
        {
            var a = e + (double)v / n;
            var b = 1.0 - a;
            if (b > 0.0)
            {
                sum += Math.Exp(logBinomial + (v - 1) * Math.Log(a) + (n - v) * Math.Log(b));
            }

            logBinomial += Math.Log(n - v) - Math.Log(v + 1);
        }

        return e * sum;
    }

    /// <summary>P(D_n &lt;= d) by Durbin's matrix, computed as Marsaglia, Tsang &amp; Wang (2003), with scaling.</summary>
    private static double DurbinMatrix(int n, double d)
    {
        var nd = n * d;
        if (nd <= 0.5)
        {
            return 0.0;
        }

        var k = (int)Math.Ceiling(nd);
        var h = k - nd;
        var m = 2 * k - 1;
        var v = new double[m];
        var w = new double[m];
        var factorial = 1.0;
        for (var j = 1; j <= m; j++)
        {
            w[j - 1] = factorial;
            factorial /= j;
            v[j - 1] = (1.0 - Math.Pow(h, j)) * factorial;
        }

        var tt = Math.Pow(Math.Max(2 * h - 1.0, 0.0), m) - 2 * Math.Pow(h, m);
        v[m - 1] = (1.0 + tt) * factorial;

        var matrix = new double[m, m];
        for (var i = 1; i < m; i++)
        {
            for (var r = i - 1; r < m; r++)
            {
                matrix[r, i] = w[r - (i - 1)];
            }
        }

        for (var r = 0; r < m; r++)
        {
            matrix[r, 0] = v[r];
            matrix[m - 1, r] = v[m - 1 - r];
        }

        var power = Identity(m);
        int remaining = n, exponent = 0, matrixExponent = 0;
        while (remaining > 0)
        {
            if (remaining % 2 == 1)
            {
                power = Multiply(power, matrix);
                exponent += matrixExponent;
            }

            matrix = Multiply(matrix, matrix);
            matrixExponent *= 2;
            if (Math.Abs(matrix[k - 1, k - 1]) > Ep128)
            {
                Scale(matrix, Em128);
                matrixExponent += E128;
            }

            remaining /= 2;
        }

        var p = power[k - 1, k - 1];
        for (var i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < Em128)
            {
                p *= Ep128;
                exponent -= E128;
            }
        }

        return Clip(exponent != 0 ? Math.ScaleB(p, exponent) : p);
    }

    /// <summary>P(D_n &lt;= x) by Pomeranz's (1974) recursion, ported from scipy's <c>_kolmogn_Pomeranz</c>.</summary>
    private static double Pomeranz(int n, double x)
    {
        var t = n * x;
        var ll = (int)Math.Floor(t);
        var f = t - ll;
        var g = Math.Min(f, 1.0 - f);
        var ceilF = f > 0 ? 1 : 0;
        var roundF = f > 0.5 ? 1 : 0;
        var powers = 2 * (ll + 1);
        var gPower = new double[powers];
        var twoGPower = new double[powers];
        var oneMinusTwoGPower = new double[powers];
        gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1.0;
        double gOverN = g / n, twoGOverN = 2 * g / n, oneMinusTwoGOverN = (1 - 2 * g) / n;
        for (var m = 1; m < powers; m++)
        {
            gPower[m] = gPower[m - 1] * gOverN / m;
            twoGPower[m] = twoGPower[m - 1] * twoGOverN / m;
            oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / m;
        }

        var v0 = new double[powers];
        var v1 = new double[powers];
        v1[0] = 1.0;
        int v0Start = 0, v1Start = 0, exponent = 0;
        var (j1, j2) = PomeranzBounds(0, n, ll, ceilF, roundF);
        for (var i = 1; i < 2 * n + 2; i++)
        {
            var k1 = j1;
            (v0, v1) = (v1, v0);
            (v0Start, v1Start) = (v1Start, v0Start);
            Array.Clear(v1);
            (j1, j2) = PomeranzBounds(i, n, ll, ceilF, roundF);
            var weights = i == 1 || i == 2 * n + 1 ? gPower : i % 2 == 1 ? twoGPower : oneMinusTwoGPower;
            var length = j2 - k1 + 1;
            if (length <= 0)
            {
                continue;
            }

            var from = k1 - v0Start;
            var a = v0.AsSpan(from, Math.Min(length, powers - from));
            var b = weights.AsSpan(0, Math.Min(length, powers));
            var convStart = j1 - k1;
            var convLength = j2 - j1 + 1;
            var max = 0.0;
            for (var c = 0; c < convLength; c++)
            {
                v1[c] = ConvolutionAt(a, b, convStart + c);
                max = Math.Max(max, v1[c]);
            }

            if (max > 0 && max < Em128)
            {
                for (var c = 0; c < powers; c++)
                {
                    v1[c] *= Ep128;
                }

                exponent -= E128;
            }

            v1Start = v0Start + j1 - k1;
        }

        var answer = v1[n - v1Start];
        for (var m = 1; m <= n; m++)
        {
            if (Math.Abs(answer) > Ep128)
            {
                answer *= Em128;
                exponent += E128;
            }

            answer *= m;
        }

        return Clip(exponent != 0 ? Math.ScaleB(answer, exponent) : answer);
    }

    /// <summary>Element <paramref name="index"/> of the full convolution of a and b (numpy <c>convolve</c>).</summary>
    private static double ConvolutionAt(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int index)
    {
        var sum = 0.0;
        var lowest = Math.Max(0, index - (b.Length - 1));
        var highest = Math.Min(index, a.Length - 1);
        for (var p = lowest; p <= highest; p++)
        {
            sum += a[p] * b[index - p];
        }

        return sum;
    }

    private static (int J1, int J2) PomeranzBounds(int i, int n, int ll, int ceilF, int roundF)
    {
        int j1, j2;
        if (i == 0)
        {
            (j1, j2) = (-ll - ceilF - 1, ll + ceilF - 1);
        }
        else
        {
            int half = (i + 1) / 2, odd = (i + 1) % 2;
            if (odd == 0)
            {
                (j1, j2) = half == n + 1
                    ? (n - ll - ceilF - 1, n + ll + ceilF - 1)
                    : (half - 1 - ll - roundF - 1, half + ll - 1 + ceilF - 1);
            }
            else
            {
                (j1, j2) = (half - 1 - ll - 1, half + ll + roundF - 1);
            }
        }

        return (Math.Max(j1 + 2, 0), Math.Min(j2, n));
    }

    /// <summary>Pelz &amp; Good's (1976) approximation to P(D_n &lt;= x), ported from scipy's <c>_kolmogn_PelzGood</c>.</summary>
    private static double PelzGood(int n, double x)
    {
        var z = Math.Sqrt(n) * x;
        double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
        double pi2 = Math.PI * Math.PI, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
        var qLog = -pi2 / 8 / z2;
        if (qLog < -708)
        {
            return 0.0;
        }

        var q = Math.Exp(qLog);
        double k1a = -z2, k1b = pi2 / 4;
        double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
        double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * Math.Pow(z, 8);

        var terms = new double[4];
        var maxK = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxK; k > 0; k--)
        {
            double m = 2 * k - 1, m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
            var qPower = Math.Pow(q, 8 * k);
            double[] coefficients =
            [
                1.0,
                k1a + k1b * m2,
                k2a + k2b * m2 + k2c * m4,
                k3a + k3b * m2 + k3c * m4 + k3d * m6,
            ];
            for (var j = 0; j < 4; j++)
            {
                terms[j] = terms[j] * qPower + coefficients[j];
            }
        }

        double sqrt2Pi = Math.Sqrt(2 * Math.PI);
        double[] divisors = [z, 6 * z4, 72 * Math.Pow(z, 7), 6480 * Math.Pow(z, 10)];
        for (var j = 0; j < 4; j++)
        {
            terms[j] = terms[j] * q * sqrt2Pi / divisors[j];
        }

        var q2 = Math.Exp(-pi2 / 2 / z2);
        double k2Extra = 0.0, k3Extra = 0.0;
        var sqrt3Z = Math.Sqrt(3) * z;
        for (var k = maxK; k > 0; k--)
        {
            double kk = (double)k * k, kPi = Math.PI * k, qPower = Math.Pow(q2, kk);
            k2Extra += kk * qPower;
            k3Extra += (sqrt3Z + kPi) * (sqrt3Z - kPi) * kk * qPower;
        }

        terms[2] += k2Extra * pi2 * sqrt2Pi / (-36 * z3);
        terms[3] += k3Extra * pi2 * sqrt2Pi / (216 * z6);
        var sum = 0.0;
        for (var j = 0; j < 4; j++)
        {
            sum += terms[j] / Math.Pow(n, j / 2.0);
        }

        return sum;
    }

    private static double[,] Identity(int m)
    {
        var result = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            result[i, i] = 1.0;
        }

        return result;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var m = a.GetLength(0);
        var result = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < m; k++)
            {
                var aik = a[i, k];
                if (aik == 0.0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    result[i, j] += aik * b[k, j];
                }
            }
        }

        return result;
    }

    private static void Scale(double[,] matrix, double factor)
    {
        var m = matrix.GetLength(0);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                matrix[i, j] *= factor;
            }
        }
    }
}
