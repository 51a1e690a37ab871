using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Each lead's Status, DoNotCall and Disposition__c as the replica shows them at the snapshot: converters mostly
/// Qualified or Converted, contacted leads spread over the open statuses and the closed set of spec §5.2 D, never
/// contacted leads mostly Open, duplicate rows often closed as Duplicate; about 3% do-not-call. Drawn from each
/// lead's own stream, after the outcomes.
/// </summary>
internal static class LeadStatuses
{
    private const ulong Stream = 0x5E_0000_0000UL;

    public static readonly string[] Open = ["Open", "Contacted", "Nurture", "Qualified"];

    public static readonly string[] Closed =
        ["Closed", "Converted", "Dead", "Unqualified", "Disqualified", "Do Not Contact", "Not Qualified", "Bad Data", "Duplicate"];

    private static readonly (string Status, double Weight)[] Converter =
        [("Qualified", 55), ("Converted", 35), ("Nurture", 5), ("Closed", 5)];

    private static readonly (string Status, double Weight)[] Contacted =
    [
        ("Contacted", 22), ("Nurture", 22), ("Open", 6), ("Closed", 22), ("Unqualified", 6), ("Not Qualified", 5), ("Dead", 5),
        ("Disqualified", 3), ("Do Not Contact", 3), ("Bad Data", 3), ("Duplicate", 3),
    ];

    private static readonly (string Status, double Weight)[] NeverContacted =
        [("Open", 75), ("Nurture", 10), ("Bad Data", 5), ("Unqualified", 5), ("Closed", 5)];

    private static readonly (string Status, double Weight)[] DuplicateRow = [("Duplicate", 40), ("Open", 35), ("Nurture", 15), ("Closed", 10)];

    private static readonly (string Disposition, double Weight)[] Dispositions =
        [("No Response", 40), ("Not Interested", 30), ("Bad Contact Info", 12), ("No Show", 8), ("Timing", 6), ("Other", 4)];

    public static void Assign(SyntheticOptions options, List<LeadRecord> leads)
    {
        var random = new RandomStream(0, 0);
        for (int index = 0; index < leads.Count; index++)
        {
            var lead = leads[index];
            random.Reseed((ulong)options.Seed, Stream + (ulong)index);
            var table = lead.Duplicate ? DuplicateRow : lead.Converted ? Converter : lead.ContactDay == Spell.Null ? NeverContacted : Contacted;
            lead.Status = Pick(random, table);
            lead.DoNotCall = random.Chance(lead.Status == "Do Not Contact" ? 0.85 : 0.008);
            lead.Disposition = lead.Status switch
            {
                "Bad Data" => "Bad Contact Info",
                "Duplicate" => random.Chance(0.5) ? "Duplicate Record" : null,
                "Converted" or "Qualified" => null,
                "Nurture" => random.Chance(0.2) ? "Timing" : null,
                _ when Closed.Contains(lead.Status) => random.Chance(0.9) ? Pick(random, Dispositions) : null,
                _ => null,
            };
        }
    }

    public static bool IsOpen(string? status) => status is not null && Open.Contains(status);

    private static string Pick(RandomStream random, (string Name, double Weight)[] table)
    {
        double u = random.NextDouble() * table.Sum(t => t.Weight);
        foreach (var (name, weight) in table)
            if ((u -= weight) < 0) return name;
        return table[^1].Name;
    }
}
