namespace LeadScore.Backtest.Legacy;

/// <summary>
/// numpy 1.x's legacy generator, <c>np.random.RandomState(seed)</c> (what <c>np.random.seed(42)</c> drives),
/// reproduced bit for bit for the few draws the original team's backtest made. It exists only to reproduce their
/// published numbers; the product's own random generator is <see cref="LeadScore.Metrics.RandomStream"/>, never this.
/// </summary>
/// <remarks>
/// MT19937 with Matsumoto &amp; Nishimura's <c>init_genrand</c> seeding, the 53-bit <c>random_sample</c>, the polar
/// normal with its cached second value, masked-rejection <c>randint</c> and the inversion/BTPE <c>binomial</c>.
/// Every floating-point step keeps numpy's operation order, so results match to the last bit on the same libm.
/// </remarks>
internal sealed class NumpyRandomState
{
    private const int StateLength = 624;
    private const int Offset = 397;

    private readonly uint[] key = new uint[StateLength];
    private int position;
    private bool hasCachedGauss;
    private double cachedGauss;

    /// <summary>The generator of <c>np.random.RandomState(seed)</c> (an integer seed: legacy <c>init_genrand</c>).</summary>
    public NumpyRandomState(uint seed)
    {
        var word = seed;
        for (int i = 0; i < StateLength; i++)
        {
            key[i] = word;
            word = unchecked(1812433253u * (word ^ (word >> 30)) + (uint)i + 1);
        }
        position = StateLength;
    }

    /// <summary>The next tempered 32-bit MT19937 output (numpy's <c>random_raw</c> for this generator).</summary>
    public uint NextUInt32()
    {
        if (position == StateLength) Twist();
        var y = key[position++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C5680u;
        y ^= (y << 15) & 0xEFC60000u;
        return y ^ (y >> 18);
    }

    /// <summary><c>random_sample()</c>: 27 + 26 bits of two words, uniform on the 2^-53 grid of [0, 1).</summary>
    public double RandomSample()
    {
        long high = NextUInt32() >> 5, low = NextUInt32() >> 6;
        return (high * 67108864.0 + low) / 9007199254740992.0;
    }

    /// <summary>
    /// <c>normal(loc, scale)</c>: loc + scale·z with z from the polar Box–Muller method. Each accepted pair yields two
    /// values; the second is kept for the next call (other draws in between do not disturb it).
    /// </summary>
    public double Normal(double loc, double scale)
    {
        if (!(scale >= 0)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be non-negative (numpy: scale < 0)");
        return loc + scale * Gauss();
    }

    private double Gauss()
    {
        if (hasCachedGauss)
        {
            hasCachedGauss = false;
            return cachedGauss;
        }
        double x1, x2, r2;
        do
        {
            x1 = 2.0 * RandomSample() - 1.0;
            x2 = 2.0 * RandomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        var factor = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
        cachedGauss = factor * x1;
        hasCachedGauss = true;
        return factor * x2;
    }

    /// <summary>
    /// <c>randint(low, high, size)</c> with the default int64 dtype: uniform on [low, high). Legacy numpy draws
    /// by masked rejection: it masks a draw to the smallest all-ones mask covering high − 1 − low and retries while
    /// the result is above it, from one 32-bit word when that span fits 32 bits, else from 64 bits. A single-value
    /// range draws nothing.
    /// </summary>
    public long[] Randint(long low, long high, int size)
    {
        if (low >= high) throw new ArgumentOutOfRangeException(nameof(high), high, $"high must be above low ({low}) (numpy: low >= high)");
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var span = unchecked((ulong)high - 1 - (ulong)low);
        var mask = SmallestMaskCovering(span);
        var values = new long[size];
        for (int i = 0; i < size; i++) values[i] = unchecked(low + (long)MaskedDraw(span, mask));
        return values;
    }

    private ulong MaskedDraw(ulong span, ulong mask)
    {
        if (span == 0) return 0;
        ulong value;
        if (span <= uint.MaxValue)
        {
            do value = NextUInt32() & mask; while (value > span);
        }
        else
        {
            do value = NextUInt64() & mask; while (value > span);
        }
        return value;
    }

    private static ulong SmallestMaskCovering(ulong value)
    {
        for (int shift = 1; shift < 64; shift <<= 1) value |= value >> shift;
        return value;
    }

    /// <summary>
    /// <c>binomial(n, p)</c>, legacy <c>random_binomial</c>: for p above ½ it draws n − X(n, 1 − p). X comes from
    /// inversion when n·min(p, 1 − p) ≤ 30, else from Kachitvichyanukul &amp; Schmeiser's BTPE. Unlike numpy's
    /// newer Generator, n = 0 and p ∈ {0, 1} still consume one uniform. numpy caches each method's set-up constants
    /// between calls with the same (n, p); they depend on (n, p) alone, so recomputing them changes no draw.
    /// </summary>
    public long Binomial(long n, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in [0, 1] (numpy: p < 0, p > 1 or p is NaN)");
        if (p <= 0.5) return p * n <= 30.0 ? BinomialInversion(n, p) : BinomialBtpe(n, p);
        var q = 1.0 - p;
        return n - (q * n <= 30.0 ? BinomialInversion(n, q) : BinomialBtpe(n, q));
    }

    /// <summary>Walks the probability mass function up from 0; restarts when it passes a bound ~10 sd above the mean.</summary>
    private long BinomialInversion(long n, double p)
    {
        var q = 1.0 - p;
        var probabilityOfZero = Math.Exp(n * Math.Log(q));
        var mean = n * p;
        var bound = (long)Math.Min((double)n, mean + 10.0 * Math.Sqrt(mean * q + 1));

        long x = 0;
        var mass = probabilityOfZero;
        var u = RandomSample();
        while (u > mass)
        {
            x++;
            if (x > bound)
            {
                x = 0;
                mass = probabilityOfZero;
                u = RandomSample();
            }
            else
            {
                u -= mass;
                mass = ((n - x + 1) * p * mass) / (x * q);
            }
        }
        return x;
    }

    /// <summary>
    /// BTPE (Kachitvichyanukul &amp; Schmeiser 1988) for p ≤ ½: a triangle, two parallelograms and two exponential
    /// tails over the mode, accepted at once in the triangle, else tested against the mass function (explicitly near
    /// the mode, by squeezes and Stirling's series far from it).
    /// </summary>
    private long BinomialBtpe(long n, double p)
    {
        var r = Math.Min(p, 1.0 - p);
        var q = 1.0 - r;
        var fm = n * r + r;
        var m = (long)Math.Floor(fm);
        var p1 = Math.Floor(2.195 * Math.Sqrt(n * r * q) - 4.6 * q) + 0.5;
        var xm = m + 0.5;
        var xl = xm - p1;
        var xr = xm + p1;
        var c = 0.134 + 20.5 / (15.3 + m);
        var a = (fm - xl) / (fm - xl * r);
        var lambdaLeft = a * (1.0 + a / 2.0);
        a = (xr - fm) / (xr * q);
        var lambdaRight = a * (1.0 + a / 2.0);
        var p2 = p1 * (1.0 + 2.0 * c);
        var p3 = p2 + c / lambdaLeft;
        var p4 = p3 + c / lambdaRight;
        var nrq = n * r * q;

        while (true)
        {
            var u = RandomSample() * p4;
            var v = RandomSample();
            long y;
            if (u <= p1) return (long)Math.Floor(xm - p1 * v + u);
            if (u <= p2)
            {
                var x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.Abs(m - x + 0.5) / p1;
                if (v > 1.0) continue;
                y = (long)Math.Floor(x);
            }
            else if (u <= p3)
            {
                y = (long)Math.Floor(xl + Math.Log(v) / lambdaLeft);
                if (y < 0 || v == 0.0) continue;
                v = v * (u - p2) * lambdaLeft;
            }
            else
            {
                y = (long)Math.Floor(xr - Math.Log(v) / lambdaRight);
                if (y > n || v == 0.0) continue;
                v = v * (u - p3) * lambdaRight;
            }
            if (BtpeAccepts(n, r, q, m, xm, nrq, y, v)) return y;
        }
    }

    private static bool BtpeAccepts(long n, double r, double q, long m, double xm, double nrq, long y, double v)
    {
        var k = Math.Abs(y - m);
        if (k <= 20 || k >= nrq / 2.0 - 1)
        {
            // Near the mode: the ratio f(y)/f(m) by the recurrence of the mass function.
            var s = r / q;
            var a = s * (n + 1);
            var f = 1.0;
            if (m < y)
            {
                for (var i = m + 1; i <= y; i++) f *= a / i - s;
            }
            else if (m > y)
            {
                for (var i = y + 1; i <= m; i++) f /= a / i - s;
            }
            return v <= f;
        }

        // Far from it: squeeze log(v) between bounds on log f(y)/f(m), then Stirling's formula for the rest.
        var rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        var t = -k * k / (2 * nrq);
        var logV = Math.Log(v);
        if (logV < t - rho) return true;
        if (logV > t + rho) return false;

        double x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
        var bound = xm * Math.Log(f1 / x1) + (n - m + 0.5) * Math.Log(z / w) + (y - m) * Math.Log(w * r / (x1 * q))
            + StirlingCorrection(f1) + StirlingCorrection(z) + StirlingCorrection(x1) + StirlingCorrection(w);
        return logV <= bound;
    }

    /// <summary>The tail of Stirling's series for log x! (1/12x − 1/360x³ + …), in BTPE's nested form.</summary>
    private static double StirlingCorrection(double x)
    {
        var x2 = x * x;
        return (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / x2) / x2) / x2) / x2) / x / 166320.0;
    }

    /// <summary>The next 64 bits: two words, the first one high (numpy's <c>next_uint64</c> for MT19937).</summary>
    private ulong NextUInt64() => ((ulong)NextUInt32() << 32) | NextUInt32();

    /// <summary>Regenerates the 624 words of state (the MT19937 recurrence, in place).</summary>
    private void Twist()
    {
        for (int i = 0; i < StateLength; i++)
        {
            var y = (key[i] & 0x80000000u) | (key[(i + 1) % StateLength] & 0x7FFFFFFFu);
            var next = key[(i + Offset) % StateLength] ^ (y >> 1);
            key[i] = (y & 1) == 0 ? next : next ^ 0x9908B0DFu;
        }
        position = 0;
    }
}
