namespace LeadScore.LightGbm;

/// <summary>Checks that a flat buffer really is rows × cols before a pointer to it reaches LightGBM.</summary>
internal static class MatrixShape
{
    internal static void Validate(int length, int rows, int cols, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cols);

        // LightGBM indexes the matrix with rows * cols, so a short buffer would be read past its end.
        if ((long)rows * cols != length)
        {
            throw new ArgumentException($"a {rows} x {cols} matrix needs {(long)rows * cols} values but got {length}", paramName);
        }
    }
}
