namespace LeadScore.Warehouse.Dialects;

internal sealed partial class DuckDbDialect
{
    public override string Element(IReadOnlyList<string> values, string index) => $"[{string.Join(", ", values)}][{index} + 1]";

    // Per row, one list of structs sorted by (-|contribution|, feature order): structs compare field by field, so
    // the engine's tie-break holds, and zeros sort after every non-zero contribution, where the CASE hides them.
    private protected override string TopReasons(string from, string keep, IReadOnlyList<ReasonCandidate> candidates, int k)
    {
        var items = candidates.Select((c, i) => $"{{'a': -abs({c.Contribution}), 'i': {i}, 'n': {c.Feature}, 'v': {c.Value}, 'c': {c.Contribution}}}");
        var columns = Enumerable.Range(1, k).Select(r =>
            $"CASE WHEN r[{r}].c <> 0 THEN r[{r}].n END AS {ReasonColumn(r, "feature")}, " +
            $"CASE WHEN r[{r}].c <> 0 THEN r[{r}].v END AS {ReasonColumn(r, "value")}, " +
            $"CASE WHEN r[{r}].c <> 0 THEN CAST(r[{r}].c AS DOUBLE) END AS {ReasonColumn(r, "contribution")}");
        return $"SELECT {keep},\n    {string.Join(",\n    ", columns)}\n" +
               $"  FROM (SELECT {keep}, list_sort([\n    {string.Join(",\n    ", items)}]) AS r\n  FROM {from}) AS leadscore_ranked";
    }
}
