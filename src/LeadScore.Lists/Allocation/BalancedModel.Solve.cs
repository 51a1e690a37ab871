using System.Globalization;
using Google.OrTools.Sat;

namespace LeadScore.Lists.Allocation;

/// <summary>The counts per (class, rep) and the rep of each group that the solve kept.</summary>
internal sealed record BalancedSolution(int[][] Counts, int[] GroupRep, SolverReport Report);

internal sealed partial class BalancedModel
{
    /// <summary>A fixed seed: with one worker and a deterministic time limit, the same input gives the same answer.</summary>
    public const int Seed = 20260101;

    public BalancedSolution Solve(BalancedSolution start, double deterministicSecondsPerObjective)
    {
        double conversionUnit = pool.Unit / AllocationPool.RateScale;
        // The tier mix first (every rep within ⌊T/R⌋..⌈T/R⌉ of each tier unless groups force a slack), then the spread
        // of expected conversions as small as it can be with that mix.
        var objectives = new (string Name, LinearExpr Expression, double Unit)[]
        {
            ("tier-mix slack (leads beyond ⌊T/R⌋..⌈T/R⌉)", tierSpread, 1),
            ("expected-conversion spread", spread, conversionUnit),
        };
        var outcomes = new List<ObjectiveOutcome>();
        BalancedSolution? kept = null;
        Hint(InConversionOrder(start));
        foreach (var (name, expression, unit) in objectives)
        {
            model.Minimize(expression);
            if (kept is not null) Hint(kept);
            using var solver = new CpSolver
            {
                StringParameters = string.Create(CultureInfo.InvariantCulture,
                    $"num_workers:1,random_seed:{Seed},max_deterministic_time:{deterministicSecondsPerObjective}")
                    // Once the tier mix is fixed, presolve spends tens of seconds on the spread's max/min; the search alone finds it.
                    + (kept is null ? "" : ",cp_model_presolve:false"),
            };
            var status = solver.Solve(model);
            if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            {
                if (kept is null) throw AllocationErrors.NoSolution(status.ToString(), pool.Groups.Count, pool.Capacity);
                outcomes.Add(new ObjectiveOutcome(name, double.NaN, double.NaN, false));
                break;
            }
            long value = (long)Math.Round(solver.ObjectiveValue);
            double bound = Math.Ceiling(solver.BestObjectiveBound - 1e-9);
            outcomes.Add(new ObjectiveOutcome(name, value * unit, bound * unit, status == CpSolverStatus.Optimal));
            kept = Read(solver);
            // Lexicographic: later objectives may not worsen this one.
            model.Add(expression <= value);
        }
        return kept! with { Report = new SolverReport(outcomes) };
    }

    private void Hint(BalancedSolution solution)
    {
        model.ClearHints();
        for (int c = 0; c < counts.Length; c++)
            for (int r = 0; r < reps; r++) model.AddHint(counts[c][r], solution.Counts[c][r]);
        for (int g = 0; g < owners.Length; g++)
            for (int r = 0; r < reps; r++) model.AddHint(owners[g][r], solution.GroupRep[g] == r);
    }

    /// <summary>The same solution with reps renumbered by expected conversions, highest first (the symmetry-breaking order).</summary>
    private BalancedSolution InConversionOrder(BalancedSolution solution)
    {
        var conversions = new long[reps];
        for (int c = 0; c < counts.Length; c++)
            for (int r = 0; r < reps; r++) conversions[r] += pool.Classes[c].Weight * solution.Counts[c][r];
        for (int g = 0; g < owners.Length; g++) conversions[solution.GroupRep[g]] += pool.Groups[g].Weight;
        var order = Enumerable.Range(0, reps).OrderByDescending(r => conversions[r]).ThenBy(r => r).ToArray();
        var newIndex = new int[reps];
        for (int k = 0; k < reps; k++) newIndex[order[k]] = k;
        return new BalancedSolution(
            solution.Counts.Select(row => order.Select(r => row[r]).ToArray()).ToArray(),
            solution.GroupRep.Select(r => newIndex[r]).ToArray(),
            solution.Report);
    }

    private BalancedSolution Read(CpSolver solver)
    {
        var chosen = counts.Select(row => row.Select(x => (int)solver.Value(x)).ToArray()).ToArray();
        var groupRep = owners.Select(row => Array.FindIndex(row, y => solver.BooleanValue(y))).ToArray();
        return new BalancedSolution(chosen, groupRep, new SolverReport([]));
    }
}
