using System.Runtime.CompilerServices;

namespace LeadScore.Engine.Scoring;

/// <summary>
/// Column-major float storage whose every column starts on a 64-byte boundary, so that a 16-lane load never
/// straddles two cache lines. The array is pinned (allocated on the pinned heap), so the alignment holds.
/// </summary>
public sealed unsafe class AlignedColumns
{
    private const int AlignFloats = 16;
    private readonly float[] buffer;
    private readonly int offset;

    public AlignedColumns(int columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        Columns = columns;
        Stride = (rows + AlignFloats - 1) / AlignFloats * AlignFloats;
        buffer = GC.AllocateArray<float>(columns * Stride + AlignFloats, pinned: true);
        long address = (long)Unsafe.AsPointer(ref buffer[0]);
        offset = (int)((64 - address % 64) % 64 / sizeof(float));
    }

    public int Columns { get; }

    /// <summary>Distance between the starts of two columns, a multiple of 16 floats.</summary>
    public int Stride { get; }

    /// <summary>The first value of column 0; stable because the buffer is pinned.</summary>
    public float* Pointer => (float*)Unsafe.AsPointer(ref buffer[offset]);

    public Span<float> Column(int column) => buffer.AsSpan(offset + column * Stride, Stride);

    /// <summary>A column as memory, for writers that take <see cref="ReadOnlyMemory{T}"/>.</summary>
    public Memory<float> ColumnMemory(int column) => buffer.AsMemory(offset + column * Stride, Stride);

    public ref float this[int row, int column] => ref buffer[offset + column * Stride + row];
}
