using System.Buffers;
using System.Globalization;

namespace LeadScore.Scoring.Narratives;

/// <summary>
/// The characters of one narrative as it is written: a stack buffer first, a pooled array when a sentence outgrows it,
/// so that writing a narrative allocates only the finished string.
/// </summary>
internal ref struct SentenceBuffer
{
    private Span<char> chars;
    private char[]? rented;
    private int length;

    public SentenceBuffer(Span<char> initial) => chars = initial;

    public readonly int Length => length;

    public void Append(string text) => Append(text.AsSpan());

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length) Grow(text.Length);
        text.CopyTo(chars[length..]);
        length += text.Length;
    }

    public void Append(char c)
    {
        if (length == chars.Length) Grow(1);
        chars[length++] = c;
    }

    /// <summary>Appends <paramref name="value"/> in the invariant culture with a standard format such as "N0" or "N1".</summary>
    public void Append(double value, string format)
    {
        int written;
        while (!value.TryFormat(chars[length..], out written, format, CultureInfo.InvariantCulture)) Grow(32);
        length += written;
    }

    /// <summary>The text written since <paramref name="start"/>.</summary>
    public readonly string Text(int start) => new(chars[start..length]);

    public override readonly string ToString() => new(chars[..length]);

    public void Dispose()
    {
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        rented = null;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, length + needed));
        chars[..length].CopyTo(larger);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        rented = larger;
        chars = larger;
    }
}
