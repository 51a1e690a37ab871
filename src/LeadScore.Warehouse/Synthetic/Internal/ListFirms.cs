using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The firms the monthly lead list treats specially (spec §5.2 B): the company itself (CRD 318493, "Savvy Wealth")
/// and its partner firm (CRD 168652, "Ritholtz Wealth Management"), each a few dozen producing advisors, and small
/// agencies whose names hold an insurer's or a broker-dealer's name as a whole word ("… Insurance Services LLC",
/// "… State Farm Agency"), so the list's exclusion patterns have real work to do. Chosen among invented firms whose
/// names hold no wirehouse pattern, so no lead's point-in-time features change; drawn from streams of their own.
/// </summary>
internal sealed class ListFirms
{
    public const long CompanyCrd = 318_493, PartnerCrd = 168_652;
    public const string CompanyName = "Savvy Wealth", PartnerName = "Ritholtz Wealth Management";

    private const ulong Stream = 0x11F7;

    /// <summary>Producing advisors at the company and at the partner, at full scale.</summary>
    private const int CompanyProducing = 36, PartnerProducing = 28;

    private static readonly string[] AgencyPatterns =
    [
        "{0} Insurance Services LLC", "{0} Insurance Agency, Inc.", "{0} State Farm Agency", "Primerica Financial Services - {0} Office",
        "{0} Farm Bureau Financial Services", "Nationwide Retirement Solutions - {0}", "{0} New York Life Partners", "{0} Allstate Agency LLC",
        "Transamerica Financial Advisors - {0} Branch", "{0} Commonwealth Financial Network Office", "{0} Fidelity Investments Center",
    ];

    private readonly List<(int Firm, string Name)> agencies = [];

    private ListFirms(int company, int partner) => (Company, Partner) = (company, partner);

    /// <summary>Index of the firm that becomes the company (renamed only after the campaign: see <see cref="Rename"/>).</summary>
    public int Company { get; }

    public int Partner { get; }

    /// <summary>
    /// Picks the firms and gives the company and the partner their CRDs now (so the oracle records them); the names
    /// come later (<see cref="Rename"/>). A firm that held one of those CRDs by chance swaps CRDs with the chosen firm.
    /// </summary>
    public static ListFirms Designate(SyntheticOptions options, FirmBook firms, AdvisorBook advisors)
    {
        var producing = ProducingPerFirm(firms, advisors);
        var random = new RandomStream((ulong)options.Seed, Stream);
        var eligible = Enumerable.Range(0, firms.Count)
            .Where(f => f >= FirmNames.Brands.Length + FirmNames.FalsePositives.Length && !firms.IsWirehouse(f) && producing[f] > 0).ToList();
        // The company and the partner are registered investment advisers, as the real ones are.
        var advisers = eligible.Where(f => firms.Classification[f] is FirmBook.IndependentRia or "Hybrid RIA").ToList();
        // A very small world may lack two such firms: then any invented firm will do.
        if (advisers.Count < 2) advisers = Enumerable.Range(FirmNames.Brands.Length, firms.Count - FirmNames.Brands.Length).ToList();
        int company = Closest(advisers, producing, Math.Max(3, (int)Math.Round(CompanyProducing * options.Scale)), -1);
        int partner = Closest(advisers, producing, Math.Max(3, (int)Math.Round(PartnerProducing * options.Scale)), company);
        AssignCrd(firms, company, CompanyCrd);
        AssignCrd(firms, partner, PartnerCrd);

        var result = new ListFirms(company, partner);
        var agencies = eligible.Where(f => f != company && f != partner && producing[f] is >= 1 and <= 12).ToList();
        int count = Math.Min(agencies.Count, Math.Max(AgencyPatterns.Length, (int)Math.Round(60 * options.Scale)));
        for (int k = 0; k < count; k++)
        {
            int j = k + random.NextInt(agencies.Count - k);
            (agencies[k], agencies[j]) = (agencies[j], agencies[k]);
            string root = firms.Name[agencies[k]].Split(' ')[0];
            // Every pattern at least once, then at random.
            string pattern = k < AgencyPatterns.Length ? AgencyPatterns[k] : random.Pick(AgencyPatterns);
            result.agencies.Add((agencies[k], string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, root)));
        }
        return result;
    }

    /// <summary>
    /// Names the firms. Done after the campaign: a lead's Company field keeps the name the firm had when the lead was
    /// created (the firm rebranded since), so no labelled lead turns into "staff at Savvy" (spec §1.7 drops those)
    /// and the lead rows stay as they were.
    /// </summary>
    public void Rename(FirmBook firms)
    {
        foreach (var (firm, name) in agencies) firms.Name[firm] = name;
        firms.Name[Company] = CompanyName;
        firms.Name[Partner] = PartnerName;
    }

    private static int[] ProducingPerFirm(FirmBook firms, AdvisorBook advisors)
    {
        var producing = new int[firms.Count];
        for (int i = 0; i < advisors.Count; i++)
        {
            if (!advisors.Active[i] || !advisors.Producing[i]) continue;
            var spells = advisors.Spells(i);
            int latest = AdvisorBook.Latest(spells);
            if (latest >= 0 && spells[latest].IsOpen) producing[spells[latest].Firm]++;
        }
        return producing;
    }

    private static int Closest(List<int> eligible, int[] producing, int target, int exclude)
    {
        int best = -1;
        foreach (int f in eligible)
            if (f != exclude && (best < 0 || Math.Abs(producing[f] - target) < Math.Abs(producing[best] - target))) best = f;
        return best;
    }

    private static void AssignCrd(FirmBook firms, int firm, long crd)
    {
        int holder = Array.IndexOf(firms.Crd, crd);
        if (holder >= 0 && holder != firm) firms.Crd[holder] = firms.Crd[firm];
        firms.Crd[firm] = crd;
    }
}
