using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The outbound campaign: which advisors became Salesforce leads, when they were contacted, what the lead rows hold,
/// whether they converted (from the oracle) and which of them moved firm afterwards.
/// </summary>
internal sealed partial class LeadCampaign
{
    public const string ListSource = "Provided Lead List";

    /// <summary>Sources outside the labelled population, with their effect on the oracle's logit.</summary>
    private static readonly (string Name, double Offset)[] OtherSources =
    [
        ("Advisor Referral", 1.2), ("Event", 0.9), ("Recruitment Firm", 0.8), ("Waitlist", 1.5),
        ("LinkedIn (Self Sourced)", 0.3), ("Inbound Website", 1.0),
    ];

    /// <summary>Leads contacted per month from February 2024 to October 2025, shaped like the real campaign.</summary>
    private static readonly double[] MonthWeights =
    [
        105, 106, 854, 854, 854, 1808, 1808, 1808, 2295, 2295, 2295, 1374, 1374, 1374, 1390, 1390, 1390, 1891, 1891, 1891, 1694,
    ];

    private static readonly string[] SavvyCompanies = ["Savvy Wealth", "Savvy Advisors, Inc.", "SAVVY WEALTH (internal test)"];

    private enum Kind { List, Early, Deleted, Staff, Uncontacted, NoCrd, Other }

    private readonly SyntheticOptions options;
    private readonly FirmBook firms;
    private readonly AdvisorBook advisors;
    private readonly FirmLedger ledger;
    private readonly SalesTeam team;
    private readonly double[] cumulativeMonths;

    public LeadCampaign(SyntheticOptions options, FirmBook firms, AdvisorBook advisors, FirmLedger ledger, SalesTeam team)
    {
        this.options = options;
        this.firms = firms;
        this.advisors = advisors;
        this.ledger = ledger;
        this.team = team;
        cumulativeMonths = new double[MonthWeights.Length];
        double sum = 0;
        for (int m = 0; m < MonthWeights.Length; m++) cumulativeMonths[m] = sum += MonthWeights[m];
    }

    /// <summary>The intercept the oracle was solved for.</summary>
    public double Intercept { get; private set; }

    public List<LeadRecord> Run()
    {
        var plan = Plan();
        var chosen = DistinctAdvisors(plan.Count(k => k is not (Kind.NoCrd or Kind.Other)));
        var anyActive = Enumerable.Range(0, advisors.Count).Where(i => advisors.Active[i]).ToArray();
        var leads = new List<LeadRecord>(plan.Count);
        var random = new RandomStream(0, 0);
        int next = 0;
        for (int index = 0; index < plan.Count; index++)
        {
            random.Reseed((ulong)options.Seed, 0x4C_0000_0000UL + (ulong)index);
            var kind = plan[index];
            int advisor = kind switch
            {
                Kind.NoCrd => -1,
                Kind.Other => anyActive[random.NextInt(anyActive.Length)],
                _ => chosen[next++],
            };
            leads.Add(Lead(random, index, kind, advisor));
        }
        Outcomes(leads);
        return leads;
    }

    /// <summary>The kinds of lead rows, shuffled: the labelled list leads plus the rows the population filters out.</summary>
    private List<Kind> Plan()
    {
        int list = options.ListLeads;
        var plan = new List<Kind>();
        void Add(Kind kind, double share) => plan.AddRange(Enumerable.Repeat(kind, Math.Max(2, (int)Math.Round(list * share))));
        plan.AddRange(Enumerable.Repeat(Kind.List, list));
        Add(Kind.Early, 0.03);
        Add(Kind.Deleted, 0.01);
        Add(Kind.Staff, 0.005);
        Add(Kind.Uncontacted, 0.04);
        Add(Kind.NoCrd, 0.004);
        Add(Kind.Other, 0.12);
        var random = new RandomStream((ulong)options.Seed, 0x91A4);
        for (int i = plan.Count - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (plan[i], plan[j]) = (plan[j], plan[i]);
        }
        return plan;
    }

    /// <summary>Advisors for the list leads, each at most once: nearly all producing and active, a few not producing.</summary>
    private int[] DistinctAdvisors(int count)
    {
        var producing = Enumerable.Range(0, advisors.Count).Where(i => advisors.Active[i] && advisors.Producing[i]).ToArray();
        var others = Enumerable.Range(0, advisors.Count).Where(i => advisors.Active[i] && !advisors.Producing[i]).ToArray();
        var random = new RandomStream((ulong)options.Seed, 0xD157);
        var chosen = new int[count];
        int p = 0, o = 0;
        for (int k = 0; k < count; k++)
        {
            bool fromProducing = (random.Chance(0.93) && p < producing.Length) || o >= others.Length;
            var pool = fromProducing ? producing : others;
            ref int taken = ref fromProducing ? ref p : ref o;
            if (taken >= pool.Length) throw new InvalidOperationException("too few advisors for the lead campaign");
            int j = taken + random.NextInt(pool.Length - taken);
            // Lists favour reps at small and mid-size firms: a rep at a firm of w reps stays a candidate with √(60/w).
            for (int tries = 0; tries < 6 && !random.Chance(Math.Min(1, Math.Sqrt(60 / CurrentFirmWeight(pool[j])))); tries++)
                j = taken + random.NextInt(pool.Length - taken);
            (pool[taken], pool[j]) = (pool[j], pool[taken]);
            chosen[k] = pool[taken++];
        }
        return chosen;
    }

    private double CurrentFirmWeight(int advisor)
    {
        var spells = advisors.OriginalSpells(advisor);
        int latest = AdvisorBook.Latest(spells);
        return latest < 0 ? 1 : firms.Weight[spells[latest].Firm] / options.Scale;
    }

    private LeadRecord Lead(RandomStream random, int index, Kind kind, int advisor)
    {
        string source = kind == Kind.Other ? random.Pick(OtherSources).Name : random.Chance(0.04) ? "Provided Lead List (Marketing)" : ListSource;
        var lead = new LeadRecord
        {
            Id = "00Q" + SalesforceId.Body(random, index),
            Advisor = advisor,
            Source = source,
            Deleted = kind == Kind.Deleted,
            Labelled = kind == Kind.List,
        };
        int day = kind switch
        {
            Kind.Uncontacted => Spell.Null,
            Kind.Early => random.Between(new DateOnly(2023, 11, 1).DayNumber, SyntheticCalendar.FirstContact.DayNumber - 1),
            _ => ContactDay(random, advisor),
        };
        lead.ContactDay = day;
        double hour = random.Uniform(13, 23.5);
        if (day != Spell.Null) lead.Contacted = SyntheticCalendar.At(day, hour);
        int createdDay = day != Spell.Null ? day - (int)random.Exponential(20) : random.Between(new DateOnly(2025, 8, 1).DayNumber, SyntheticCalendar.SnapshotDay - 1);
        lead.Created = SyntheticCalendar.At(createdDay, random.Uniform(8, 20));
        lead.Owner = team.Owner(random, day != Spell.Null ? day : createdDay);
        if (advisor >= 0) lead.CrdText = CrdText(random, advisors.Crd[advisor]);
        lead.Company = kind == Kind.Staff ? random.Pick(SavvyCompanies) : Company(random, advisor, day != Spell.Null ? day : createdDay);
        if (random.Chance(0.979) && advisor >= 0)
        {
            var (first, last) = AdvisorIdentity.Name(options.Seed, advisor);
            lead.LinkedIn = PersonNames.LinkedIn(first, last, index);
        }
        return lead;
    }

    /// <summary>A contact day in the window, preferring days after the advisor's first registration.</summary>
    private int ContactDay(RandomStream random, int advisor)
    {
        int day = 0;
        for (int tries = 0; tries < 8; tries++)
        {
            int month = random.PickCumulative(cumulativeMonths, cumulativeMonths.Length);
            var first = SyntheticCalendar.FirstContact.AddMonths(month);
            day = first.DayNumber + random.NextInt(DateTime.DaysInMonth(first.Year, first.Month));
            if (advisor < 0 || advisors.Entry[advisor] <= day - 30) break;
        }
        return day;
    }

    /// <summary>The advisor CRD as a rep typed it: digits mostly, sometimes with a prefix or stray spaces.</summary>
    private static string CrdText(RandomStream random, long crd)
    {
        double u = random.NextDouble();
        return u < 0.95 ? crd.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : u < 0.98 ? $"CRD {crd}"
            : u < 0.99 ? $"CRD#{crd}"
            : $" {crd} ";
    }

    private string? Company(RandomStream random, int advisor, int day)
    {
        if (advisor < 0 || random.Chance(0.03)) return null;
        var spells = advisors.OriginalSpells(advisor);
        int at = AdvisorBook.Covering(spells, day);
        if (at < 0) at = AdvisorBook.Latest(spells);
        return at < 0 ? null : FirmNames.Variant(firms.Name[spells[at].Firm], random.Chance(0.15) ? random.Between(1, 3) : 0);
    }
}
