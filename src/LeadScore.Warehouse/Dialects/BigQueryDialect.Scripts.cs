namespace LeadScore.Warehouse.Dialects;

internal sealed partial class BigQueryDialect
{
    // GoogleSQL has no FILTER clause on aggregates; IF gives NULL to the rows left out, and COUNT ignores NULLs.
    public override string CountDistinctIf(string value, string condition) => $"COUNT(DISTINCT IF({condition}, {value}, NULL))";
}
