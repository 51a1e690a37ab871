namespace LeadScore.Warehouse.Dialects;

internal sealed partial class PostgresDialect
{
    // The array is a constant the planner folds once; the cast makes its numeric literals doubles first, as elsewhere.
    public override string Element(IReadOnlyList<string> values, string index) =>
        $"(CAST(ARRAY[{string.Join(", ", values)}] AS DOUBLE PRECISION[]))[{index} + 1]";

    // Per row, a lateral VALUES list of the candidates, non-zero ones aggregated into arrays in the engine's order;
    // an array index past the end is NULL. OFFSET 0 keeps the planner from inlining the stages into the VALUES list,
    // whose expressions PostgreSQL compiles again for every row (16 times slower on a 120-tree model).
    private protected override string TopReasons(string from, string keep, IReadOnlyList<ReasonCandidate> candidates, int k)
    {
        var rows = candidates.Select((c, i) => $"({i}, CAST({c.Feature} AS TEXT), {c.Value}, {c.Contribution})");
        const string order = "ORDER BY abs(c) DESC, i";
        var columns = Enumerable.Range(1, k).Select(r =>
            $"leadscore_ranked.n[{r}] AS {ReasonColumn(r, "feature")}, leadscore_ranked.v[{r}] AS {ReasonColumn(r, "value")}, " +
            $"CAST(leadscore_ranked.c[{r}] AS DOUBLE PRECISION) AS {ReasonColumn(r, "contribution")}");
        return $"SELECT {keep},\n    {string.Join(",\n    ", columns)}\n" +
               $"  FROM (SELECT * FROM {from} OFFSET 0) AS leadscore_explained CROSS JOIN LATERAL (\n" +
               $"    SELECT array_agg(n {order}) AS n, array_agg(v {order}) AS v, array_agg(c {order}) AS c\n" +
               $"    FROM (VALUES\n    {string.Join(",\n    ", rows)}) AS leadscore_candidates(i, n, v, c)\n" +
               $"    WHERE c <> 0) AS leadscore_ranked";
    }
}
