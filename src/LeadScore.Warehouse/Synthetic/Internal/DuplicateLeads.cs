using System.Globalization;
using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Second and third Salesforce lead rows for about 3% of the advisors with a lead (spec §5.2 C fans out on them):
/// created later by another rep or an import, the CRD typed another way, a quarter of them deleted. They are never
/// contacted (no stage date), so the labelled population and the oracle stay as they were. Appended after the
/// campaign's leads, from streams of their own.
/// </summary>
internal static class DuplicateLeads
{
    private const ulong ChoiceStream = 0xD0B1, Stream = 0xD1_0000_0000UL;

    private const double Share = 0.03, ThirdShare = 0.2, DeletedShare = 0.25;

    private static readonly string[] Sources = ["Provided Lead List", "LinkedIn (Self Sourced)", "Event", "Advisor Referral", "Inbound Website"];

    public static void Add(SyntheticOptions options, FirmBook firms, AdvisorBook advisors, SalesTeam team, List<LeadRecord> leads)
    {
        var choice = new RandomStream((ulong)options.Seed, ChoiceStream);
        var seen = new HashSet<int>();
        var twice = new List<(int Advisor, int Copies)>();
        foreach (var lead in leads)
            if (lead.Advisor >= 0 && seen.Add(lead.Advisor) && choice.Chance(Share))
                twice.Add((lead.Advisor, choice.Chance(ThirdShare) ? 2 : 1));

        var random = new RandomStream(0, 0);
        int k = 0;
        int from = new DateOnly(2024, 3, 1).DayNumber, to = SyntheticCalendar.SnapshotDay - 1;
        foreach (var (advisor, copies) in twice)
            for (int c = 0; c < copies; c++, k++)
            {
                random.Reseed((ulong)options.Seed, Stream + (ulong)k);
                int index = leads.Count;
                int created = random.Between(from, to);
                var lead = new LeadRecord
                {
                    Id = "00Q" + SalesforceId.Body(random, index),
                    Advisor = advisor,
                    Source = random.Pick(Sources),
                    Deleted = random.Chance(DeletedShare),
                    Duplicate = true,
                };
                lead.Created = SyntheticCalendar.At(created, random.Uniform(8, 20));
                lead.Owner = team.Owner(random, created);
                lead.CrdText = CrdText(random, advisors.Crd[advisor]);
                lead.Company = Company(random, firms, advisors, advisor);
                if (random.Chance(0.5))
                {
                    var (first, last) = AdvisorIdentity.Name(options.Seed, advisor);
                    lead.LinkedIn = PersonNames.LinkedIn(first, last, index);
                }
                leads.Add(lead);
            }
    }

    /// <summary>The CRD as another rep typed it: with a prefix, thousands separators or stray spaces.</summary>
    private static string CrdText(RandomStream random, long crd) => random.NextInt(4) switch
    {
        0 => $"CRD {crd}",
        1 => crd.ToString("N0", CultureInfo.InvariantCulture),
        2 => $"  {crd}",
        _ => $"CRD# {crd}",
    };

    private static string? Company(RandomStream random, FirmBook firms, AdvisorBook advisors, int advisor)
    {
        var spells = advisors.Spells(advisor);
        int latest = AdvisorBook.Latest(spells);
        return latest < 0 || random.Chance(0.1) ? null : FirmNames.Variant(firms.Name[spells[latest].Firm], random.Chance(0.3) ? random.Between(1, 3) : 0);
    }
}
