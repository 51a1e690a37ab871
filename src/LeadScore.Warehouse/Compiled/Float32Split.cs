namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// A split's float32 test written in double arithmetic. The engine sends a row left when <c>(float)x &lt; t</c>;
/// rounding x to float32 gives a value below t exactly when x lies below the midpoint m between t and the float
/// before it, or on m when the float before t is the even one (round half to even). m is exact in a double, so the
/// split is <c>x &lt; m</c> or <c>x &lt;= m</c> in every engine, with no float32 cast (which PostgreSQL refuses for
/// values beyond float32's range and BigQuery does not have).
/// </summary>
public readonly record struct Float32Split(double Bound, bool Inclusive)
{
    /// <summary>The double test equal to <c>(float)x &lt; threshold</c> for every double x that is not NaN.</summary>
    public static Float32Split For(float threshold)
    {
        if (float.IsNaN(threshold)) throw new ArgumentException("a split threshold is never NaN", nameof(threshold));
        if (float.IsNegativeInfinity(threshold)) return new(double.NegativeInfinity, false);
        if (float.IsPositiveInfinity(threshold))
            // Beyond float.MaxValue by half its spacing, a double rounds to infinity (float.MaxValue is odd).
            return new((double)float.MaxValue + Math.ScaleB(1.0, 103), false);
        var below = MathF.BitDecrement(threshold);
        // Below -float.MaxValue the float before is -infinity: half a spacing further down, a double rounds to it (ties too).
        if (float.IsNegativeInfinity(below)) return new(-(double)float.MaxValue - Math.ScaleB(1.0, 103), true);
        double mid = ((double)below + threshold) / 2;
        bool belowIsEven = (BitConverter.SingleToInt32Bits(below) & 1) == 0;
        return new(mid, belowIsEven);
    }

    /// <summary>Whether the double <paramref name="x"/> goes left under this test (what the SQL computes).</summary>
    public bool Left(double x) => Inclusive ? x <= Bound : x < Bound;
}
