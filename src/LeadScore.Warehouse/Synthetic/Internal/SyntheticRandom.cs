namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// xoshiro256** seeded through SplitMix64. The generator owns its sequence (System.Random's is not promised across
/// .NET versions), and <see cref="Reseed"/> gives every advisor, firm or lead its own stream, so a draw for one never
/// shifts the draws of another.
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong s0, s1, s2, s3;

    public SyntheticRandom(ulong seed, ulong stream) => Reseed(seed, stream);

    public void Reseed(ulong seed, ulong stream)
    {
        ulong x = seed ^ (stream * 0xD1B54A32D192ED03UL) ^ 0x5851F42D4C957F2DUL;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>Uniform integer in [low, high].</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal (Box-Muller, one value per call).</summary>
    public double Normal()
    {
        double u = 1.0 - NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * NextDouble());
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Exponential with the given mean, truncated to [0, limit] by inverting its CDF (no clipping spike).</summary>
    public double TruncatedExponential(double mean, double limit) =>
        -mean * Math.Log(1.0 - NextDouble() * (1.0 - Math.Exp(-limit / mean)));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with the given cumulative weights (ascending, last = total).</summary>
    public int PickCumulative(double[] cumulative, int count)
    {
        double target = NextDouble() * cumulative[count - 1];
        int low = 0, high = count - 1;
        while (low < high)
        {
            int mid = (low + high) >> 1;
            if (cumulative[mid] > target) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
