using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LeadScore.Engine.Scoring;

internal sealed unsafe partial class TableKernel
{
    // The AVX2 form of Walk512: eight lanes, no mask registers, so each slot's bit is an AND of the compare.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk256<TMissing>(Tree* trees, int count, View v, int start, int rows) where TMissing : struct, IMissingRule
    {
        int i = start, end = start + rows;
        for (; i + 32 <= end; i += 32)
        {
            float* x = v.X + i;
            var m0 = Avx.LoadVector256(v.Margin + i);
            var m1 = Avx.LoadVector256(v.Margin + i + 8);
            var m2 = Avx.LoadVector256(v.Margin + i + 16);
            var m3 = Avx.LoadVector256(v.Margin + i + 24);
            for (Tree* t = trees; t < trees + count; t++)
            {
                var c0 = Code256<TMissing>(t, x);
                var c1 = Code256<TMissing>(t, x + 8);
                var c2 = Code256<TMissing>(t, x + 16);
                var c3 = Code256<TMissing>(t, x + 24);
                var leaf = t->Leaf.GetLower();
                m0 += Avx2.PermuteVar8x32(leaf, c0);
                m1 += Avx2.PermuteVar8x32(leaf, c1);
                m2 += Avx2.PermuteVar8x32(leaf, c2);
                m3 += Avx2.PermuteVar8x32(leaf, c3);
                if (!v.Explain) continue;
                float* s = v.Shap + i;
                Phi256(t, s, c0);
                Phi256(t, s + 8, c1);
                Phi256(t, s + 16, c2);
                Phi256(t, s + 24, c3);
            }
            Avx.Store(v.Margin + i, m0);
            Avx.Store(v.Margin + i + 8, m1);
            Avx.Store(v.Margin + i + 16, m2);
            Avx.Store(v.Margin + i + 24, m3);
        }
        for (; i < end; i += 8)
        {
            float* x = v.X + i;
            var m = Avx.LoadVector256(v.Margin + i);
            for (Tree* t = trees; t < trees + count; t++)
            {
                var c = Code256<TMissing>(t, x);
                m += Avx2.PermuteVar8x32(t->Leaf.GetLower(), c);
                if (v.Explain) Phi256(t, v.Shap + i, c);
            }
            Avx.Store(v.Margin + i, m);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Code256<TMissing>(Tree* t, float* x) where TMissing : struct, IMissingRule =>
        (TMissing.Mask(Avx.LoadVector256(x + t->Offset0), Vector256.Create(t->Threshold0), t->DefaultLeft & 1) & Vector256.Create(1))
        | (TMissing.Mask(Avx.LoadVector256(x + t->Offset1), Vector256.Create(t->Threshold1), t->DefaultLeft & 2) & Vector256.Create(2))
        | (TMissing.Mask(Avx.LoadVector256(x + t->Offset2), Vector256.Create(t->Threshold2), t->DefaultLeft & 4) & Vector256.Create(4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Phi256(Tree* t, float* s, Vector256<int> code)
    {
        int phi = t->PhiCount;
        if (phi == 0) return;
        Avx.Store(s + t->PhiOffset0, Avx.LoadVector256(s + t->PhiOffset0) + Avx2.PermuteVar8x32(t->Table0.GetLower(), code));
        if (phi == 1) return;
        Avx.Store(s + t->PhiOffset1, Avx.LoadVector256(s + t->PhiOffset1) + Avx2.PermuteVar8x32(t->Table1.GetLower(), code));
        if (phi == 2) return;
        Avx.Store(s + t->PhiOffset2, Avx.LoadVector256(s + t->PhiOffset2) + Avx2.PermuteVar8x32(t->Table2.GetLower(), code));
    }
}
