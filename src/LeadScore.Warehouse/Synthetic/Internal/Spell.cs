namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// One registration of an advisor at a firm. <see cref="End"/> is the true last day (<see cref="Open"/> while it
/// lasts); <see cref="RecordedEnd"/> and <see cref="KnownAt"/> are what the vendor's table shows (<see cref="Null"/>
/// when it never learned of the end, or not yet).
/// </summary>
internal struct Spell
{
    public const int Open = int.MaxValue;
    public const int Null = int.MinValue;

    public int Firm;
    public int Start;
    public int End;
    public int RecordedEnd;
    public int KnownAt;

    /// <summary>Which spelling of the firm name the filing carries (0: the firm's own).</summary>
    public byte Variant;

    /// <summary>A second registration held alongside the main career (dual registration, or a stale open spell).</summary>
    public bool Concurrent;

    public readonly bool IsOpen => End == Open;

    /// <summary>True when the spell covers the day (started on or before it, not yet ended).</summary>
    public readonly bool Covers(int day) => Start <= day && day < End;
}
