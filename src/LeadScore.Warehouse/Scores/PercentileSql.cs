using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Scores;

/// <summary>
/// <see cref="LeadScore.Metrics.Percentile.Of"/> written in SQL, for scores computed inside the warehouse: a score
/// whose tie group starts at 1-based rank r of n gets <c>1 + ⌊100·(r − 1) / n⌋</c> in integer arithmetic
/// (rank() gives the start of the tie group). Pinned to the C# function by tests on every dialect that runs here.
/// </summary>
public static class PercentileSql
{
    /// <summary>The percentile of <paramref name="score"/> among all rows of the query it is selected in.</summary>
    public static string Over(string score, SqlDialect dialect) =>
        $"CAST(1 + {dialect.IntegerDivide($"100 * (rank() OVER (ORDER BY {score}) - 1)", "count(*) OVER ()")} AS INTEGER)";
}
