using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LeadScore.Engine.Scoring;

internal sealed partial class TableKernel
{
    /// <summary>The split rule as a vector: all-ones lanes where a row goes left.</summary>
    private interface IMissingRule
    {
        static abstract Vector256<int> Mask(Vector256<float> x, Vector256<float> threshold, int defaultLeft);

        static abstract Vector512<int> Mask(Vector512<float> x, Vector512<float> threshold, int defaultLeft);
    }

    // No NaN in the tile: x < t decides alone.
    private readonly struct NoMissing : IMissingRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<int> Mask(Vector256<float> x, Vector256<float> threshold, int defaultLeft) =>
            Vector256.LessThan(x, threshold).AsInt32();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Mask(Vector512<float> x, Vector512<float> threshold, int defaultLeft) =>
            Vector512.LessThan(x, threshold).AsInt32();
    }

    // NaN goes left exactly when the split's default is left, and "not (x >= t)" is true for NaN.
    private readonly struct WithMissing : IMissingRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<int> Mask(Vector256<float> x, Vector256<float> threshold, int defaultLeft) =>
            defaultLeft != 0 ? ~Vector256.GreaterThanOrEqual(x, threshold).AsInt32() : Vector256.LessThan(x, threshold).AsInt32();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Mask(Vector512<float> x, Vector512<float> threshold, int defaultLeft) =>
            defaultLeft != 0 ? ~Vector512.GreaterThanOrEqual(x, threshold).AsInt32() : Vector512.LessThan(x, threshold).AsInt32();
    }
}
