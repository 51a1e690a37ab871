using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LeadScore.Engine.Scoring;

internal sealed unsafe partial class TableKernel
{
    // Rows outside, trees inside: a group's features stay in L1 and its margins in registers. Four groups of
    // sixteen rows go through each tree together, so four independent additions hide each other's latency.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk512<TMissing>(Tree* trees, int count, View v, int start, int rows) where TMissing : struct, IMissingRule
    {
        int i = start, end = start + rows;
        for (; i + 64 <= end; i += 64)
        {
            float* x = v.X + i;
            var m0 = Avx512F.LoadVector512(v.Margin + i);
            var m1 = Avx512F.LoadVector512(v.Margin + i + 16);
            var m2 = Avx512F.LoadVector512(v.Margin + i + 32);
            var m3 = Avx512F.LoadVector512(v.Margin + i + 48);
            for (Tree* t = trees; t < trees + count; t++)
            {
                var c0 = Code512<TMissing>(t, x);
                var c1 = Code512<TMissing>(t, x + 16);
                var c2 = Code512<TMissing>(t, x + 32);
                var c3 = Code512<TMissing>(t, x + 48);
                var leaf = t->Leaf;
                m0 += Avx512F.PermuteVar16x32(leaf, c0);
                m1 += Avx512F.PermuteVar16x32(leaf, c1);
                m2 += Avx512F.PermuteVar16x32(leaf, c2);
                m3 += Avx512F.PermuteVar16x32(leaf, c3);
                if (!v.Explain) continue;
                float* s = v.Shap + i;
                Phi512(t, s, c0);
                Phi512(t, s + 16, c1);
                Phi512(t, s + 32, c2);
                Phi512(t, s + 48, c3);
            }
            Avx512F.Store(v.Margin + i, m0);
            Avx512F.Store(v.Margin + i + 16, m1);
            Avx512F.Store(v.Margin + i + 32, m2);
            Avx512F.Store(v.Margin + i + 48, m3);
        }
        for (; i < end; i += 16)
        {
            float* x = v.X + i;
            var m = Avx512F.LoadVector512(v.Margin + i);
            for (Tree* t = trees; t < trees + count; t++)
            {
                var c = Code512<TMissing>(t, x);
                m += Avx512F.PermuteVar16x32(t->Leaf, c);
                if (v.Explain) Phi512(t, v.Shap + i, c);
            }
            Avx512F.Store(v.Margin + i, m);
        }
    }

    // Each comparison becomes a k-mask; a masked add sets the slot's bit: two instructions per slot.
    // Margins only: each comparison's mask picks between two leaves directly (three blends, no code, no lookup).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Score512<TMissing>(Tree* trees, int count, View v, int start, int rows) where TMissing : struct, IMissingRule
    {
        int i = start, end = start + rows;
        for (; i + 64 <= end; i += 64)
        {
            float* x = v.X + i;
            var m0 = Avx512F.LoadVector512(v.Margin + i);
            var m1 = Avx512F.LoadVector512(v.Margin + i + 16);
            var m2 = Avx512F.LoadVector512(v.Margin + i + 32);
            var m3 = Avx512F.LoadVector512(v.Margin + i + 48);
            for (Tree* t = trees; t < trees + count; t++)
            {
                m0 += Leaf512<TMissing>(t, x);
                m1 += Leaf512<TMissing>(t, x + 16);
                m2 += Leaf512<TMissing>(t, x + 32);
                m3 += Leaf512<TMissing>(t, x + 48);
            }
            Avx512F.Store(v.Margin + i, m0);
            Avx512F.Store(v.Margin + i + 16, m1);
            Avx512F.Store(v.Margin + i + 32, m2);
            Avx512F.Store(v.Margin + i + 48, m3);
        }
        for (; i < end; i += 16)
        {
            var m = Avx512F.LoadVector512(v.Margin + i);
            for (Tree* t = trees; t < trees + count; t++) m += Leaf512<TMissing>(t, v.X + i);
            Avx512F.Store(v.Margin + i, m);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Leaf512<TMissing>(Tree* t, float* x) where TMissing : struct, IMissingRule
    {
        var left = Vector512.ConditionalSelect(
            TMissing.Mask(Avx512F.LoadVector512(x + t->Offset1), Vector512.Create(t->Threshold1), t->DefaultLeft & 2).AsSingle(),
            Vector512.Create(t->LeftLeft), Vector512.Create(t->LeftRight));
        var right = Vector512.ConditionalSelect(
            TMissing.Mask(Avx512F.LoadVector512(x + t->Offset2), Vector512.Create(t->Threshold2), t->DefaultLeft & 4).AsSingle(),
            Vector512.Create(t->RightLeft), Vector512.Create(t->RightRight));
        return Vector512.ConditionalSelect(
            TMissing.Mask(Avx512F.LoadVector512(x + t->Offset0), Vector512.Create(t->Threshold0), t->DefaultLeft & 1).AsSingle(), left, right);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Code512<TMissing>(Tree* t, float* x) where TMissing : struct, IMissingRule
    {
        var code = Vector512.ConditionalSelect(TMissing.Mask(Avx512F.LoadVector512(x + t->Offset0), Vector512.Create(t->Threshold0), t->DefaultLeft & 1),
            Vector512.Create(1), Vector512<int>.Zero);
        code = Vector512.ConditionalSelect(TMissing.Mask(Avx512F.LoadVector512(x + t->Offset1), Vector512.Create(t->Threshold1), t->DefaultLeft & 2),
            code + Vector512.Create(2), code);
        return Vector512.ConditionalSelect(TMissing.Mask(Avx512F.LoadVector512(x + t->Offset2), Vector512.Create(t->Threshold2), t->DefaultLeft & 4),
            code + Vector512.Create(4), code);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Phi512(Tree* t, float* s, Vector512<int> code)
    {
        int phi = t->PhiCount;
        if (phi == 0) return;
        Avx512F.Store(s + t->PhiOffset0, Avx512F.LoadVector512(s + t->PhiOffset0) + Avx512F.PermuteVar16x32(t->Table0, code));
        if (phi == 1) return;
        Avx512F.Store(s + t->PhiOffset1, Avx512F.LoadVector512(s + t->PhiOffset1) + Avx512F.PermuteVar16x32(t->Table1, code));
        if (phi == 2) return;
        Avx512F.Store(s + t->PhiOffset2, Avx512F.LoadVector512(s + t->PhiOffset2) + Avx512F.PermuteVar16x32(t->Table2, code));
    }
}
