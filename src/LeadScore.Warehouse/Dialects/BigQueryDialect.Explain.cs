namespace LeadScore.Warehouse.Dialects;

internal sealed partial class BigQueryDialect
{
    public override string Element(IReadOnlyList<string> values, string index) => $"[{string.Join(", ", values)}][OFFSET({index})]";

    // Per row, an ARRAY subquery over the candidates keeps the k non-zero ones in the engine's order; SAFE_OFFSET
    // past its end is NULL.
    private protected override string TopReasons(string from, string keep, IReadOnlyList<ReasonCandidate> candidates, int k)
    {
        var items = candidates.Select((c, i) => $"STRUCT({i} AS i, {c.Feature} AS n, {c.Value} AS v, {c.Contribution} AS c)");
        var columns = Enumerable.Range(1, k).Select(r =>
            $"r[SAFE_OFFSET({r - 1})].n AS {ReasonColumn(r, "feature")}, r[SAFE_OFFSET({r - 1})].v AS {ReasonColumn(r, "value")}, " +
            $"r[SAFE_OFFSET({r - 1})].c AS {ReasonColumn(r, "contribution")}");
        return $"SELECT {keep},\n    {string.Join(",\n    ", columns)}\n" +
               $"  FROM (SELECT {keep}, ARRAY(SELECT AS STRUCT n, v, c FROM UNNEST([\n    {string.Join(",\n    ", items)}])\n" +
               $"    WHERE c <> 0 ORDER BY ABS(c) DESC, i LIMIT {k}) AS r\n  FROM {from}) AS leadscore_ranked";
    }
}
