namespace LeadScore.Engine.Explain;

/// <summary>
/// Scratch space for <see cref="TreeShap"/>: the "unique path" of each recursion level, stored one level after
/// another so that a level's copy survives its children. One per thread; reused across rows and trees.
/// </summary>
internal sealed class ShapPath
{
    public int[] Feature = [];
    public double[] Zero = [], One = [], Weight = [];

    public void EnsureDepth(int treeDepth)
    {
        int levels = treeDepth + 2;
        int size = (levels + 1) * (levels + 2) / 2 + 1;
        if (Feature.Length >= size) return;
        Feature = new int[size];
        Zero = new double[size];
        One = new double[size];
        Weight = new double[size];
    }

    public void Copy(int from, int to, int count)
    {
        Array.Copy(Feature, from, Feature, to, count);
        Array.Copy(Zero, from, Zero, to, count);
        Array.Copy(One, from, One, to, count);
        Array.Copy(Weight, from, Weight, to, count);
    }
}
