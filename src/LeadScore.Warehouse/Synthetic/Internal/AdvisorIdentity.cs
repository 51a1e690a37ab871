using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>An advisor's invented name, drawn from its own stream so the contact row and its leads agree.</summary>
internal static class AdvisorIdentity
{
    private const ulong Stream = 0x2_0000_0000UL;

    public static (string First, string Last) Name(long seed, int advisor)
    {
        var random = new RandomStream((ulong)seed, Stream + (ulong)advisor);
        return (PersonNames.FirstName(random), PersonNames.LastName(random));
    }
}
