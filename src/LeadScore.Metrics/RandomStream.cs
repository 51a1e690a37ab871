using System.Numerics;

namespace LeadScore.Metrics;

/// <summary>
/// The one random-number generator of leadscore: Blackman &amp; Vigna's xoshiro256**, seeded by expanding a seed with
/// SplitMix64 (the authors' recommended seeding). A fixed algorithm, so a seed gives the same stream on every
/// platform and .NET version (unlike <see cref="Random"/>). The bootstrap, the hyperparameter search, the stratified
/// folds and the synthetic world all draw from it; a stream number gives every advisor, firm or lead of the
/// synthetic world its own sequence, so a draw for one never shifts the draws of another. Bounded draws are
/// unbiased (Lemire's multiply-shift with rejection).
/// </summary>
public sealed class RandomStream
{
    private ulong s0, s1, s2, s3;

    /// <summary>The stream of one seed (the bootstrap's and the search's).</summary>
    public RandomStream(long seed)
    {
        var state = unchecked((ulong)seed);
        Seed(ref state);
    }

    /// <summary>Stream <paramref name="stream"/> of <paramref name="seed"/>: independent streams of one seed.</summary>
    public RandomStream(ulong seed, ulong stream) => Reseed(seed, stream);

    /// <summary>Restarts this generator on stream <paramref name="stream"/> of <paramref name="seed"/> (no allocation).</summary>
    public void Reseed(ulong seed, ulong stream)
    {
        ulong state = seed ^ unchecked(stream * 0xD1B54A32D192ED03UL) ^ 0x5851F42D4C957F2DUL;
        Seed(ref state);
    }

    /// <summary>One step of SplitMix64: advances <paramref name="state"/> and returns the mixed output.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = BitOperations.RotateLeft(s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1), on the 2^-53 grid.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>), without modulo bias: Lemire's multiply-shift (the high
    /// 64 bits of a 128-bit product), rejecting the few low products that would bias it.
    /// </summary>
    public int NextInt(int bound)
    {
        if (bound <= 0) throw new ArgumentOutOfRangeException(nameof(bound), "the bound must be positive");
        var range = (ulong)bound;
        var high = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = unchecked(0UL - range) % range;
            while (low < threshold) high = Math.BigMul(NextUInt64(), range, out low);
        }
        return (int)high;
    }

    /// <summary>Uniform integer in [low, high].</summary>
    public int Between(int low, int high) => low + NextInt(high - low + 1);

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

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(items.Count)];

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

    private void Seed(ref ulong state)
    {
        s0 = SplitMix64(ref state);
        s1 = SplitMix64(ref state);
        s2 = SplitMix64(ref state);
        s3 = SplitMix64(ref state);
    }
}
