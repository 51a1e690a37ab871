using Google.OrTools.Sat;

namespace LeadScore.Lists.Allocation;

/// <summary>
/// The CP-SAT model of the balanced allocation over a <see cref="AllocationPool"/> (the formulation is in
/// <see cref="LeadAllocation.Balanced(IReadOnlyList{AllocationLead}, int, int)"/> and README.md). Variables: x[c,r] =
/// how many leads of class c rep r gets; y[g,r] = group g goes to rep r. The two objectives (tier-mix slack, then the
/// spread of expected conversions) are solved in turn, the later bounded by the value the earlier reached and hinted
/// with its solution. Quality (overall
/// ranks) is not in the model: a rank term's large coefficients made CP-SAT's presolve take tens of seconds; the
/// serpentine deal (<see cref="ClassDealer"/>) spreads it instead.
/// </summary>
internal sealed partial class BalancedModel
{
    private readonly AllocationPool pool;
    private readonly int reps;
    private readonly CpModel model = new();
    private readonly IntVar[][] counts;   // [class][rep]
    private readonly BoolVar[][] owners;  // [group][rep]
    private readonly LinearExpr spread, tierSpread;

    public BalancedModel(AllocationPool pool, int reps, int minLoad, int maxLoad)
    {
        this.pool = pool;
        this.reps = reps;
        counts = pool.Classes.Select((c, k) => Enumerable.Range(0, reps)
            .Select(r => model.NewIntVar(0, Math.Min(c.Members.Length, maxLoad), $"x_{k}_{r}")).ToArray()).ToArray();
        owners = pool.Groups.Select((g, k) => Enumerable.Range(0, reps).Select(r => model.NewBoolVar($"y_{k}_{r}")).ToArray()).ToArray();

        for (int c = 0; c < counts.Length; c++) model.Add(LinearExpr.Sum(counts[c]) == pool.Classes[c].Members.Length);
        foreach (var row in owners) model.AddExactlyOne(row);
        for (int r = 0; r < reps; r++)
        {
            var load = PerRep(r, _ => 1, g => g.Members.Length);
            model.AddLinearConstraint(load, minLoad, maxLoad);
        }

        var conversions = Enumerable.Range(0, reps).Select(r => PerRep(r, c => c.Weight, g => g.Weight)).ToArray();
        // Reps are interchangeable: order them by expected conversions to cut the symmetric twins from the search.
        for (int r = 0; r + 1 < reps; r++) model.Add(conversions[r] >= conversions[r + 1]);
        long total = pool.Classes.Sum(c => c.Weight * c.Members.Length) + pool.Groups.Sum(g => g.Weight);
        spread = Spread(conversions, total, "conversions");

        // The tier mix: every rep's count of each tier within [⌊T/R⌋ − s, ⌈T/R⌉ + s], the slack s as small as can be
        // (0 unless partner groups or the conversions force it): balanced by construction, and linear for the solver.
        tierSpread = LinearExpr.Sum(Enumerable.Range(0, pool.Tiers.Count).Select(t =>
        {
            long tierTotal = pool.Classes.Where(c => c.Tier == t).Sum(c => (long)c.Members.Length) + pool.Groups.Sum(g => (long)g.TierCounts[t]);
            long low = tierTotal / reps, high = (tierTotal + reps - 1) / reps;
            var slackVar = model.NewIntVar(0, Math.Max(low, tierTotal - high), $"slack_tier{t}");
            for (int r = 0; r < reps; r++)
            {
                var count = PerRep(r, c => c.Tier == t ? 1 : 0, g => g.TierCounts[t]);
                model.Add(count + slackVar >= low);
                model.Add(count - slackVar <= high);
            }
            return (LinearExpr)slackVar;
        }));
    }

    /// <summary>Σ_c coefficient(c)·x[c,r] + Σ_g coefficient(g)·y[g,r].</summary>
    private LinearExpr PerRep(int rep, Func<LeadClass, long> ofClass, Func<PartnerGroup, long> ofGroup)
    {
        var builder = LinearExpr.NewBuilder();
        for (int c = 0; c < counts.Length; c++)
        {
            long k = ofClass(pool.Classes[c]);
            if (k != 0) builder.AddTerm(counts[c][rep], k);
        }
        for (int g = 0; g < owners.Length; g++)
        {
            long k = ofGroup(pool.Groups[g]);
            if (k != 0) builder.AddTerm(owners[g][rep], k);
        }
        return builder;
    }

    /// <summary>
    /// max − min of <paramref name="perRep"/>, whose sum over reps is <paramref name="total"/>: so the max is at least
    /// ⌈total/reps⌉ and the min at most ⌊total/reps⌋, which the solver cannot always derive on its own (it proves a
    /// spread of 1 optimal when the total does not divide evenly).
    /// </summary>
    private LinearExpr Spread(LinearExpr[] perRep, long total, string name)
    {
        long high = Math.Max(0, total);
        var max = model.NewIntVar(0, high, $"max_{name}");
        var min = model.NewIntVar(0, high, $"min_{name}");
        model.AddMaxEquality(max, perRep);
        model.AddMinEquality(min, perRep);
        model.Add(max >= (total + reps - 1) / reps);
        model.Add(min <= total / reps);
        return max - min;
    }
}
