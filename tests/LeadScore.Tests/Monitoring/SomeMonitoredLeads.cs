using LeadScore.Metrics;
using LeadScore.Monitoring;

namespace LeadScore.Tests.Monitoring;

/// <summary>
/// A synthetic list of monitored leads where the right answer is known: contacted evenly over the working days from a
/// Monday, in four groups by the two models' top deciles (both, the champion's only, the challenger's only, neither),
/// each converting within 43 days at its own rate after a delay drawn from <see cref="Delay"/>. Deterministic for a seed.
/// </summary>
internal sealed record SomeMonitoredLeads
{
    public const string Champion = "v4.1.0";
    public const string Challenger = "v4.0.0";

    public DateOnly Start { get; init; } = new(2026, 1, 5);
    public string ListId { get; init; } = "2026-01";
    public int Leads { get; init; } = 2800;
    public int WorkingDays { get; init; } = 21;
    /// <summary>Share of the list in the champion's top decile (and in the challenger's).</summary>
    public double TopDecileShare { get; init; } = 0.10;
    /// <summary>Share of the champion's top decile also in the challenger's.</summary>
    public double Overlap { get; init; } = 0.5;
    public double SharedRate { get; init; } = 0.098;
    public double ChampionOnlyRate { get; init; } = 0.098;
    public double ChallengerOnlyRate { get; init; } = 0.098;
    /// <summary>The rest of the list; 3.95% makes the healthy list's overall rate the seed's 4.83%.</summary>
    public double RestRate { get; init; } = 0.0395;
    public bool WithChallenger { get; init; } = true;
    public Func<RandomStream, int> Delay { get; init; } = SyntheticDelays.DrawWithinHorizon;
    public ulong Seed { get; init; } = 1;

    /// <summary>The seed's expectation met: 4.83% overall, the top decile at 9.80%, both models equally good.</summary>
    public static SomeMonitoredLeads Healthy => new();

    /// <summary>The champion's ranking broken: its top decile converts at 0.5%, the rest of the list at 1.5%; the challenger's own picks still at 9.8%.</summary>
    public static SomeMonitoredLeads Broken => new() { SharedRate = 0.005, ChampionOnlyRate = 0.005, RestRate = 0.015 };

    public List<MonitoredLead> Build()
    {
        var random = new RandomStream(Seed, 7);
        var top = (int)Math.Round(Leads * TopDecileShare);
        var shared = (int)Math.Round(top * Overlap);
        var only = top - shared;
        var groups = new List<int>();
        groups.AddRange(Enumerable.Repeat(0, shared));
        groups.AddRange(Enumerable.Repeat(1, only));
        groups.AddRange(Enumerable.Repeat(2, only));
        groups.AddRange(Enumerable.Repeat(3, Leads - shared - 2 * only));
        for (var i = groups.Count - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (groups[i], groups[j]) = (groups[j], groups[i]);
        }
        var days = ContactDays();
        var leads = new List<MonitoredLead>(Leads);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var contacted = Start.AddDays(days[i * days.Length / groups.Count]);
            var rate = group switch { 0 => SharedRate, 1 => ChampionOnlyRate, 2 => ChallengerOnlyRate, _ => RestRate };
            DateOnly? converted = random.Chance(rate) ? contacted.AddDays(Delay(random)) : null;
            var (champion, challenger) = group switch
            {
                0 => (random.Between(91, 100), random.Between(91, 100)),
                1 => (random.Between(91, 100), random.Between(50, 90)),
                2 => (random.Between(50, 90), random.Between(91, 100)),
                _ => (random.Between(21, 90), random.Between(1, 90)),
            };
            List<ModelScore> scores = [new(Champion, ModelScore.Champion, champion)];
            if (WithChallenger) scores.Add(new(Challenger, ModelScore.Shadow, challenger));
            leads.Add(new MonitoredLead($"{ListId}-{i:00000}", ListId, Start, contacted, converted, scores));
        }
        return leads;
    }

    private int[] ContactDays()
    {
        var days = new List<int>();
        for (var day = 0; days.Count < WorkingDays; day++)
            if (Start.AddDays(day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(day);
        return days.ToArray();
    }
}
