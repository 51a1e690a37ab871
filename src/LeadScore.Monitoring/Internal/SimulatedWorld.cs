using LeadScore.Metrics;

namespace LeadScore.Monitoring.Internal;

/// <summary>
/// The simulated list: four groups of leads by the two models' top deciles, and their rates in the two worlds.
/// The champion's top decile holds <c>TopDecileShare</c> of the list, a share <c>ChallengerOverlap</c> of it also in
/// the challenger's top decile; the challenger's top decile is as large. As expected (world 0), every top-decile lead
/// converts at the expected top-decile rate (so the two models are equally good) and the rest of the list at the
/// rate that makes the overall rate the expected one. Degraded (world 1), the champion keeps <c>LiftKept</c> of its
/// lift over the baseline: its top decile and the whole list convert at that share of their expected rates, while
/// the challenger's own picks keep the expected top-decile rate; the rest of the list takes up the difference.
/// </summary>
internal sealed class SimulatedWorld
{
    public const int Groups = 4;
    private const int Shared = 0, ChampionOnly = 1, ChallengerOnly = 2, Rest = 3;

    private readonly int[] sizes;

    public SimulatedWorld(Expectation expectation, MaturityCurve curve, SimulationSetup setup)
    {
        Setup = setup;
        Curve = curve;
        var total = expectation.LeadsPerMonth;
        var top = (int)Math.Round(total * setup.TopDecileShare, MidpointRounding.AwayFromZero);
        var shared = (int)Math.Round(top * setup.ChallengerOverlap, MidpointRounding.AwayFromZero);
        var only = top - shared;
        sizes = [shared, only, only, total - shared - 2 * only];
        if (sizes[Rest] < 1) throw MonitoringException.BadCount("leads outside both top deciles", sizes[Rest], "1 or more (lower the top-decile share)");
        Rates = [WorldRates(expectation, 1.0, "expected"), WorldRates(expectation, setup.LiftKept, "degraded")];
    }

    public SimulationSetup Setup { get; }

    public MaturityCurve Curve { get; }

    /// <summary>Per world (0 = as expected, 1 = degraded), each group's conversion rate within the horizon.</summary>
    public IReadOnlyList<double[]> Rates { get; }

    /// <summary>The list's leads as group numbers, exact totals, in random order.</summary>
    public int[] GroupsShuffled(RandomStream random)
    {
        var groups = new int[sizes.Sum()];
        var next = 0;
        for (var g = 0; g < Groups; g++)
            for (var i = 0; i < sizes[g]; i++) groups[next++] = g;
        for (var i = groups.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (groups[i], groups[j]) = (groups[j], groups[i]);
        }
        return groups;
    }

    /// <summary>The groups (bits) a lead group of the monitor covers: model 0 = the champion, 1 = the challenger.</summary>
    public static int Mask(LeadGroup group) => group switch
    {
        { Kind: GroupKind.All } => 0b1111,
        { Kind: GroupKind.TopDecile, Model: 0 } => 1 << Shared | 1 << ChampionOnly,
        { Kind: GroupKind.TopDecile, Model: 1 } => 1 << Shared | 1 << ChallengerOnly,
        { Kind: GroupKind.TopDecileOnly, Model: 0, Other: 1 } => 1 << ChampionOnly,
        { Kind: GroupKind.TopDecileOnly, Model: 1, Other: 0 } => 1 << ChallengerOnly,
        _ => 0,
    };

    private double[] WorldRates(Expectation expectation, double kept, string world)
    {
        var top = expectation.TopDecileRate * kept;
        var overall = expectation.OverallRate * kept;
        double total = sizes.Sum(), challengerOnly = expectation.TopDecileRate;
        var rest = (overall * total - top * (sizes[Shared] + sizes[ChampionOnly]) - challengerOnly * sizes[ChallengerOnly]) / sizes[Rest];
        if (!(rest >= 0 && rest <= 1)) throw MonitoringException.CannotSimulate(world, rest);
        return [top, top, challengerOnly, rest];
    }
}
