using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Simulates every advisor's registration career from the first registration to the snapshot in two stages: an
/// early-career churn of short first jobs (none to five, about a year each), then long stable tenures (lognormal
/// with a long right tail, a bump of moves when deferred pay vests in years 4.5–7.5), so most established advisors
/// sit at one firm for years. Spells are shorter for the restless minority and at bleeding firms, and the next firm
/// is drawn by size in the year of the move. Then it decides how the vendor recorded each spell (late, never, or not yet).
/// </summary>
internal static class CareerSimulator
{
    private const ulong Stream = 0x1_0000_0000UL;

    public static AdvisorBook Run(SyntheticOptions options, FirmBook firms)
    {
        var book = new AdvisorBook(options.Advisors);
        var spells = new List<Spell>(options.Advisors * 3);
        var random = new RandomStream(0, 0);
        int snapshot = SyntheticCalendar.SnapshotDay;
        int earliest = SyntheticCalendar.EarliestEntry.DayNumber;
        for (int i = 0; i < book.Count; i++)
        {
            random.Reseed((ulong)options.Seed, Stream + (ulong)i);
            book.Crd[i] = 1_000_000 + i * 11L + random.NextInt(11);
            bool active = book.Active[i] = random.Chance(0.88);
            double years = random.Chance(EntrantShare) ? random.Uniform(0.1, 3) : Math.Min(55, random.LogNormal(17, 0.55));
            int entry = book.Entry[i] = Math.Max(earliest, snapshot - (int)(years * SyntheticCalendar.DaysPerYear));
            // An inactive career ends by the snapshot: a vendor file cannot hold a registration that has not started yet.
            int limit = active ? snapshot : Math.Min(snapshot, Math.Max(entry + 90, snapshot - (int)random.Exponential(4 * SyntheticCalendar.DaysPerYear)));
            bool mover = book.Mover[i] = random.Chance(MoverShare);
            int first = spells.Count;
            book.Offsets[i] = first;
            Career(random, firms, spells, entry, limit, active, mover ? MoverFrailty : 1.0);
            if (random.Chance(0.015)) Concurrent(random, firms, spells, first);
            for (int s = first; s < spells.Count; s++) spells[s] = Recorded(random, spells[s]);

            var current = firms.Classification[spells[LatestMain(spells, first)].Firm];
            byte rep = book.RepType[i] = RepType(random, current);
            book.Producing[i] = random.Chance(active ? 0.405 : 0.08);
            book.HasHistory[i] = random.Chance(rep == AdvisorBook.Ia ? 0.55 : 0.85);
            book.FintrxEmail[i] = random.Chance(0.59);
        }
        book.Offsets[book.Count] = spells.Count;
        book.All = spells.ToArray();
        return book;
    }

    /// <summary>Share of advisors first registered in the last three years.</summary>
    private const double EntrantShare = 0.01;

    /// <summary>The restless minority and the factor on their tenures.</summary>
    private const double MoverShare = 0.06, MoverFrailty = 0.4;

    private const double ChurnMedianYears = 1.0;

    private const double FirstStableMedianYears = 48, LaterStableMedianYears = 35, StableSigma = 0.9;

    /// <summary>Share of stable spells that end when deferred pay vests (years 4.5–7.5).</summary>
    private const double VestingShare = 0.02;

    /// <summary>How many short jobs open a career before the first stable tenure (mean about 2.3).</summary>
    private static int ChurnJobs(RandomStream random) => random.NextDouble() switch
    {
        < 0.10 => 0,
        < 0.30 => 1,
        < 0.58 => 2,
        < 0.80 => 3,
        < 0.93 => 4,
        _ => 5,
    };

    /// <summary>How the vendor shows a spell's end: 30–180 days late, never (stale), or not yet at the snapshot.</summary>
    public static Spell Recorded(RandomStream random, Spell spell)
    {
        spell.RecordedEnd = spell.KnownAt = Spell.Null;
        if (spell.IsOpen) return spell;
        int known = spell.End + 30 + (int)random.TruncatedExponential(40, 150);
        if (random.Chance(0.025) || known > SyntheticCalendar.SnapshotDay) return spell;
        spell.RecordedEnd = spell.End;
        spell.KnownAt = known;
        return spell;
    }

    public static byte NameVariant(RandomStream random) => random.Chance(0.12) ? (byte)random.Between(1, 3) : (byte)0;

    private static void Career(RandomStream random, FirmBook firms, List<Spell> spells, int entry, int limit, bool active, double frailty)
    {
        int start = entry, previous = -1;
        int churn = ChurnJobs(random);
        for (int k = 0; ; k++)
        {
            int firm = firms.Pick(random, SyntheticCalendar.Year(start), previous);
            double years = k < churn ? random.LogNormal(ChurnMedianYears, 0.6)
                : k > 0 && random.Chance(VestingShare) ? random.Uniform(4.5, 7.5)
                : random.LogNormal(k == churn ? FirstStableMedianYears : LaterStableMedianYears, StableSigma);
            int end = start + Math.Max(20, (int)(years * frailty * firms.ExitFactor[firm] * SyntheticCalendar.DaysPerYear));
            int gap = random.Chance(0.06) ? -random.Between(1, 60) : (int)random.Exponential(10);
            if (end >= limit || k == 24 || end + gap >= limit)
            {
                spells.Add(new Spell { Firm = firm, Start = start, End = active ? Spell.Open : limit, Variant = NameVariant(random) });
                return;
            }
            spells.Add(new Spell { Firm = firm, Start = start, End = end, Variant = NameVariant(random) });
            start = Math.Max(start + 1, end + gap);
            previous = firm;
        }
    }

    /// <summary>A second registration inside one of the main spells; four in ten are never closed.</summary>
    private static void Concurrent(RandomStream random, FirmBook firms, List<Spell> spells, int first)
    {
        var host = spells[first + random.NextInt(spells.Count - first)];
        int hostEnd = host.IsOpen ? SyntheticCalendar.SnapshotDay : host.End;
        int start = host.Start + 1 + (int)((hostEnd - host.Start) * random.Uniform(0.1, 0.8));
        int firm = firms.Pick(random, SyntheticCalendar.Year(start), host.Firm);
        int end = random.Chance(0.4) ? Spell.Open : start + (int)(random.LogNormal(2, 0.6) * SyntheticCalendar.DaysPerYear);
        if (end >= SyntheticCalendar.SnapshotDay) end = Spell.Open;
        for (int s = first; s < spells.Count; s++)
            if (spells[s].Firm == firm && spells[s].Start == start) return;
        spells.Add(new Spell { Firm = firm, Start = start, End = end, Variant = NameVariant(random), Concurrent = true });
    }

    private static int LatestMain(List<Spell> spells, int first)
    {
        int latest = first;
        for (int s = first; s < spells.Count; s++)
            if (!spells[s].Concurrent && spells[s].Start > spells[latest].Start) latest = s;
        return latest;
    }

    private static byte RepType(RandomStream random, string classification)
    {
        double u = random.NextDouble();
        (double ia, double dr, double bd) = classification switch
        {
            FirmBook.IndependentRia => (0.50, 0.44, 0.02),
            "Hybrid RIA" or "Multi-Family Office" => (0.25, 0.67, 0.04),
            _ => (0.06, 0.64, 0.24),
        };
        return u < ia ? AdvisorBook.Ia : u < ia + dr ? AdvisorBook.Dr : u < ia + dr + bd ? AdvisorBook.Bd : AdvisorBook.Na;
    }
}
