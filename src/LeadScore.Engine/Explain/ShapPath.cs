namespace LeadScore.Engine.Explain;

/// <summary>One element of a TreeSHAP path: a feature, the fractions of cover and of this row that pass, and its weight.</summary>
internal struct PathElement
{
    public int Feature;
    public double Zero, One, Weight;
}

/// <summary>
/// Scratch space for <see cref="TreeShap"/>: the "unique path" of each recursion level, stored one level after
/// another so that a level's copy survives its children. One per thread; reused across rows and trees.
/// </summary>
internal sealed class ShapPath
{
    public PathElement[] Elements = [];

    public void EnsureDepth(int treeDepth)
    {
        int levels = treeDepth + 2;
        int size = (levels + 1) * (levels + 2) / 2 + 1;
        if (Elements.Length < size) Elements = new PathElement[size];
    }
}
