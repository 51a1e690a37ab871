using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The Salesforce users: 14 active SGAs who own the leads, SGAs who have left (their old leads keep them as owner),
/// and users who are not SGAs (managers, integrations).
/// </summary>
internal sealed class SalesTeam
{
    public const int ActiveSgas = 14;
    public const int FormerSgas = 5;

    private static readonly string[] Staff = ["Sales Manager", "Marketing Ops", "RevOps Analyst", "Recruiting Director", "Customer Success"];
    private static readonly string[] Integrations = ["Integration User", "Apollo Sync", "Data Loader", "Automated Process"];

    private SalesTeam(List<(string Id, string Name, bool Active, bool Sga)> users) => Users = users;

    public IReadOnlyList<(string Id, string Name, bool Active, bool Sga)> Users { get; }

    public static SalesTeam Create(long seed)
    {
        var random = new RandomStream((ulong)seed, 0x5A1E5);
        var users = new List<(string, string, bool, bool)>();
        string Next() => "005" + SalesforceId.Body(random, users.Count);
        for (int i = 0; i < ActiveSgas; i++) users.Add((Next(), $"{PersonNames.FirstName(random)} {PersonNames.LastName(random)}", true, true));
        for (int i = 0; i < FormerSgas; i++) users.Add((Next(), $"{PersonNames.FirstName(random)} {PersonNames.LastName(random)}", false, true));
        foreach (var role in Staff) users.Add((Next(), $"{PersonNames.FirstName(random)} {PersonNames.LastName(random)} ({role})", random.Chance(0.8), false));
        foreach (var name in Integrations) users.Add((Next(), name, true, false));
        return new SalesTeam(users);
    }

    /// <summary>The owner of a lead contacted on the day: an active SGA, or for older leads sometimes one who has left.</summary>
    public string Owner(RandomStream random, int contactDay)
    {
        bool old = contactDay < new DateOnly(2025, 1, 1).DayNumber;
        int index = old && random.Chance(0.2) ? ActiveSgas + random.NextInt(FormerSgas) : random.NextInt(ActiveSgas);
        return Users[index].Id;
    }
}
