namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Every advisor of the synthetic world: the attributes the leads and the oracle need, and their careers as one flat
/// array of spells (main spells in order of start, then any concurrent spell). Careers changed after a contact (the
/// advisor moved) are kept as overrides.
/// </summary>
internal sealed class AdvisorBook
{
    private readonly Dictionary<int, Spell[]> overrides = new();

    public AdvisorBook(int count)
    {
        Count = count;
        Crd = new long[count];
        Active = new bool[count];
        Producing = new bool[count];
        HasHistory = new bool[count];
        Mover = new bool[count];
        RepType = new byte[count];
        Entry = new int[count];
        FintrxEmail = new bool[count];
        Offsets = new int[count + 1];
    }

    public const byte Ia = 0, Dr = 1, Bd = 2, Na = 3;

    public static readonly string[] RepTypes = ["IA", "DR", "BD", "NA"];

    public int Count { get; }

    public long[] Crd { get; }

    public bool[] Active { get; }

    public bool[] Producing { get; }

    /// <summary>False for advisors whose registrations the vendor's history table lacks altogether.</summary>
    public bool[] HasHistory { get; }

    /// <summary>The restless minority whose spells are short.</summary>
    public bool[] Mover { get; }

    public byte[] RepType { get; }

    /// <summary>First registration day.</summary>
    public int[] Entry { get; }

    /// <summary>FINTRX holds a (non-blank) email for the advisor.</summary>
    public bool[] FintrxEmail { get; }

    public int[] Offsets { get; }

    public Spell[] All { get; set; } = [];

    public int OverrideCount => overrides.Count;

    /// <summary>The advisor's spells as they stand at the snapshot (after any move made after a contact).</summary>
    public ReadOnlySpan<Spell> Spells(int advisor) =>
        overrides.TryGetValue(advisor, out var changed) ? changed : All.AsSpan(Offsets[advisor], Offsets[advisor + 1] - Offsets[advisor]);

    /// <summary>The advisor's spells as simulated, before any move made after a contact.</summary>
    public ReadOnlySpan<Spell> OriginalSpells(int advisor) => All.AsSpan(Offsets[advisor], Offsets[advisor + 1] - Offsets[advisor]);

    public void Override(int advisor, Spell[] spells) => overrides[advisor] = spells;

    /// <summary>The main spell covering the day with the latest start, or -1.</summary>
    public static int Covering(ReadOnlySpan<Spell> spells, int day)
    {
        int found = -1;
        for (int s = 0; s < spells.Length; s++)
            if (!spells[s].Concurrent && spells[s].Covers(day) && (found < 0 || spells[s].Start > spells[found].Start)) found = s;
        return found;
    }

    /// <summary>The main spell with the latest start, or -1.</summary>
    public static int Latest(ReadOnlySpan<Spell> spells)
    {
        int found = -1;
        for (int s = 0; s < spells.Length; s++)
            if (!spells[s].Concurrent && (found < 0 || spells[s].Start > spells[found].Start)) found = s;
        return found;
    }
}
