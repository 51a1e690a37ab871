using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The disclosure flags of a contact row (spec §5.5), drawn from each advisor's own stream: about 6% of advisors
/// carry at least one. Customer disputes are by far the most common, criminal and bond disclosures rare; an
/// advisor with one disclosure is more likely to have another.
/// </summary>
internal static class Disclosures
{
    private const ulong Stream = 0x8D_0000_0000UL;

    /// <summary>The flags in the order of the table's columns, with their share among all advisors.</summary>
    public static readonly (string Name, double Share)[] Flags =
    [
        ("criminal", 0.0015), ("regulatory_event", 0.009), ("termination", 0.008), ("investigation", 0.0025),
        ("customer_dispute", 0.03), ("civil_event", 0.003), ("bond", 0.001), ("bankrupt", 0.005), ("judgment_or_lien", 0.006),
    ];

    /// <summary>Share of advisors with a record; the flags are drawn only for them, so they cluster.</summary>
    private const double RecordShare = 0.08;

    public static void Draw(RandomStream random, long seed, int advisor, Span<bool> flags)
    {
        random.Reseed((ulong)seed, Stream + (ulong)advisor);
        bool record = random.Chance(RecordShare);
        for (int k = 0; k < Flags.Length; k++)
        {
            // Each flag's chance within the record holders keeps its share among all advisors.
            double chance = Flags[k].Share / RecordShare;
            flags[k] = record && random.Chance(chance);
        }
    }
}
