using LeadScore.Metrics;
using System.Globalization;
using DuckDB.NET.Data;

namespace LeadScore.Warehouse.Synthetic.Internal;

internal sealed partial class RawTableWriter
{
    private static readonly string[] Titles =
    [
        "Financial Advisor", "Financial Advisor", "Wealth Advisor", "Senior Vice President", "Managing Director",
        "Vice President - Wealth Management", "Partner", "Founder", "Registered Representative", "Investment Advisor Representative",
        "Private Wealth Advisor", "Financial Planner", "Branch Manager", "Associate Financial Advisor", "Chief Investment Officer",
    ];

    private static readonly string[][] Licences =
    [
        ["Series 65"], ["Series 66"], ["Series 7", "Series 66"], ["Series 7", "Series 63", "Series 65"], ["Series 7", "Series 63"],
        ["Series 6", "Series 63"], ["Series 7", "Series 24", "Series 63", "Series 65"], ["Series 79", "Series 63"],
    ];

    public long Contacts()
    {
        using var appender = connection.CreateAppender("raw", "ria_contacts_current");
        var random = new RandomStream(0, 0);
        var disclosureStream = new RandomStream(0, 0);
        Span<bool> disclosed = stackalloc bool[Disclosures.Flags.Length];
        int snapshot = SyntheticCalendar.SnapshotDay;
        for (int i = 0; i < advisors.Count; i++)
        {
            random.Reseed((ulong)options.Seed, ContactStream + (ulong)i);
            var spells = advisors.Spells(i);
            int latest = AdvisorBook.Latest(spells);
            bool active = advisors.Active[i];
            int current = latest >= 0 && (spells[latest].IsOpen || (!active && random.Chance(0.3))) ? latest : -1;
            int firm = current < 0 ? -1 : spells[current].Firm;
            var (first, last) = AdvisorIdentity.Name(options.Seed, i);
            string firmName = firm < 0 ? "" : firms.Name[firm];
            string? drawn = random.Chance(0.04) ? null : random.Pick(Titles);
            // The list-rule titles replace the drawn one; the bio keeps the drawn title (written before a change of role).
            string? title = drawn is null ? null : titles.For(i) ?? drawn;
            int lastDay = latest < 0 || spells[latest].IsOpen ? snapshot : spells[latest].End;
            int industryMonths = SyntheticCalendar.MonthsBetween(advisors.Entry[i], lastDay);
            int? startDay = current < 0 || random.Chance(advisors.HasHistory[i] ? 0.012 : 0.10) ? null : PrimaryFirmStart(random, spells[current]);

            var row = appender.CreateRow()
                .AppendValue(advisors.Crd[i])
                .AppendValue(first)
                .AppendValue(last)
                .AppendValue(advisors.FintrxEmail[i] ? PersonNames.Email(first, last, firm < 0 ? "mailbox" : PersonNames.Domain(firmName), random.NextInt(20)) : random.Chance(0.03) ? "" : null)
                .AppendValue(random.Chance(0.55) ? PersonNames.Phone(random) : null)
                .AppendValue(random.Chance(0.8) ? PersonNames.Phone(random) : null)
                .AppendValue(random.Chance(0.86) ? PersonNames.LinkedIn(first, last, i) : random.Chance(0.05) ? "" : null)
                .AppendValue(title)
                .AppendValue(random.Chance(0.45) ? Bio(random, first, drawn ?? "advisor", firmName, industryMonths / 12) : null)
                .AppendValue(LicencesOf(random, advisors.RepType[i]))
                .AppendValue(AdvisorBook.RepTypes[advisors.RepType[i]])
                .AppendValue(firm < 0 ? null : firms.Classification[firm])
                .AppendValue(advisors.Producing[i])
                .AppendValue(active)
                .AppendValue(firm < 0 ? null : firms.Crd[firm])
                .AppendValue(firm < 0 ? null : firmName)
                .AppendValue(startDay is { } s ? Date(s) : null)
                .AppendValue(firm < 0 || employees[firm] < 0 ? null : employees[firm]);
            if (advisors.HasHistory[i] && latest >= 0)
                row.AppendValue(firms.Crd[spells[latest].Firm])
                    .AppendValue(FirmNames.Variant(firms.Name[spells[latest].Firm], spells[latest].Variant))
                    .AppendValue(Date(spells[latest].Start));
            else row.AppendNullValue().AppendNullValue().AppendNullValue();
            row.AppendValue(random.Chance(0.03) ? null : industryMonths)
                .AppendValue(random.Chance(0.08) ? null : AgeRange(random, industryMonths));
            Disclosures.Draw(disclosureStream, options.Seed, i, disclosed);
            foreach (bool flag in disclosed) row.AppendValue(flag);
            row.EndRow();
            if (i % ReportEvery == 0) progress?.Report(new SyntheticProgress("contacts", i, advisors.Count));
        }
        return advisors.Count;
    }

    /// <summary>
    /// The vendor's PRIMARY_FIRM_START_DATE: the registration start for most, but often restamped later in the spell
    /// (a branch transfer, the firm re-registering or converting, a re-filed U4), mostly early in the spell. So it
    /// usually lies after the history's start, now and then after a lead's contact day as well (uncorrelated with the
    /// outcome, which dilutes the 9999 leak to about twice the base rate).
    /// </summary>
    private static int PrimaryFirmStart(RandomStream random, Spell spell)
    {
        int end = spell.IsOpen ? SyntheticCalendar.SnapshotDay - 7 : spell.End;
        if (end <= spell.Start || !random.Chance(RestampShare)) return spell.Start;
        return spell.Start + (int)((end - spell.Start) * Math.Pow(random.NextDouble(), RestampSkew));
    }

    private const double RestampShare = 0.6, RestampSkew = 1.5;

    private static string Bio(RandomStream random, string first, string title, string firm, int years)
    {
        string credential = random.NextDouble() switch { < 0.18 => " is a CFP® professional and", < 0.24 => ", a CFA charterholder,", _ => "" };
        string at = firm.Length > 0 ? $" at {firm}" : "";
        return $"{first}{credential} works as {title}{at}, with {years} years in the industry.";
    }

    private static string? LicencesOf(RandomStream random, byte repType)
    {
        int[] choices = repType switch
        {
            AdvisorBook.Ia => [0, 0, 1],
            AdvisorBook.Dr => [2, 3, 3, 6],
            AdvisorBook.Bd => [4, 5, 7],
            _ => [-1, 4],
        };
        int pick = random.Pick(choices);
        return pick < 0 ? (random.Chance(0.5) ? "[]" : null) : "[" + string.Join(",", Licences[pick].Select(l => $"\"{l}\"")) + "]";
    }

    private static string AgeRange(RandomStream random, int industryMonths)
    {
        int age = 22 + (int)Math.Min(18, random.Exponential(5)) + industryMonths / 12;
        if (age >= 85) return "85+";
        int low = age / 5 * 5;
        return string.Create(CultureInfo.InvariantCulture, $"{low}-{low + 4}");
    }
}
