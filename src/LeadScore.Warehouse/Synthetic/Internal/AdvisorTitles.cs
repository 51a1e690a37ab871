using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Titles of producing advisors that the lead list's title rules act on (spec §5.2 E, §5.5, §3.2): excluded roles,
/// titles a substring pattern catches although no word matches ("Precious Metals Advisor" holds CIO, "MVP Client
/// Advisor" holds "VP "), senior officers the later versions drop, the high-value wealth titles, and the leadership
/// of small and mid-size firms where several producing advisors are partners or founders. They replace the title
/// drawn for the contact row (a NULL title stays NULL); drawn from streams of their own, so nothing else changes.
/// </summary>
internal sealed class AdvisorTitles
{
    private const ulong Stream = 0x71_0000_0000UL, FirmStream = 0x7172;

    public static readonly string[] Excluded =
    [
        "Financial Solutions Advisor", "Paraplanner", "Associate Advisor", "Operations Manager", "Internal Wholesaler",
        "Compliance Officer", "Client Service Assistant", "Insurance Agent",
    ];

    /// <summary>Titles a substring pattern matches where no whole word does.</summary>
    public static readonly string[] SubstringOnly =
        ["Precious Metals Advisor", "MVP Client Advisor", "Conscious Capital Advisor", "Reinsurance Specialist", "Client Partnerships Advisor"];

    /// <summary>Officer titles the later versions exclude by whole word (spec §5.5).</summary>
    public static readonly string[] Officers = ["Vice President", "VP, Wealth Management", "Chief Investment Officer", "CIO", "CFO", "Branch Manager"];

    public static readonly string[] HighValueWealth = ["Wealth Manager", "Director of Wealth Management", "Senior Wealth Advisor"];

    public static readonly string[] Leadership = ["Founder & CEO", "Founding Partner", "Managing Partner", "Partner", "Partner", "Co-Founder", "Senior Partner"];

    private readonly Dictionary<int, string> titles = new();

    private AdvisorTitles() { }

    /// <summary>The title that replaces the drawn one, or null to keep it.</summary>
    public string? For(int advisor) => titles.GetValueOrDefault(advisor);

    public static AdvisorTitles Create(SyntheticOptions options, FirmBook firms, AdvisorBook advisors)
    {
        var result = new AdvisorTitles();
        var random = new RandomStream(0, 0);
        var byFirm = new Dictionary<int, List<int>>();
        for (int i = 0; i < advisors.Count; i++)
        {
            if (!advisors.Active[i] || !advisors.Producing[i]) continue;
            var spells = advisors.Spells(i);
            int latest = AdvisorBook.Latest(spells);
            if (latest >= 0 && spells[latest].IsOpen)
            {
                if (!byFirm.TryGetValue(spells[latest].Firm, out var staff)) byFirm[spells[latest].Firm] = staff = [];
                staff.Add(i);
            }
            random.Reseed((ulong)options.Seed, Stream + (ulong)i);
            double u = random.NextDouble();
            string[]? set = u switch { < 0.05 => Excluded, < 0.065 => SubstringOnly, < 0.09 => Officers, < 0.14 => HighValueWealth, _ => null };
            if (set is not null) result.titles[i] = random.Pick(set);
        }
        result.Leaders(options, firms, byFirm);
        return result;
    }

    /// <summary>About 2% of the small and mid-size firms (3–60 producing advisors) get 2–6 partners and founders.</summary>
    private void Leaders(SyntheticOptions options, FirmBook firms, Dictionary<int, List<int>> byFirm)
    {
        var random = new RandomStream((ulong)options.Seed, FirmStream);
        foreach (int firm in byFirm.Keys.Order())
        {
            var staff = byFirm[firm];
            if (staff.Count is < 3 or > 60 || firms.IsWirehouse(firm) || !random.Chance(0.02)) continue;
            int partners = Math.Min(staff.Count, random.Between(2, 6));
            for (int k = 0; k < partners; k++)
            {
                int j = k + random.NextInt(staff.Count - k);
                (staff[k], staff[j]) = (staff[j], staff[k]);
                titles[staff[k]] = k == 0 ? random.Pick(["Founder & CEO", "Founding Partner", "Managing Partner"]) : random.Pick(Leadership);
            }
        }
    }
}
