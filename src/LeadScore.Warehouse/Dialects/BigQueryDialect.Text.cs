namespace LeadScore.Warehouse.Dialects;

internal sealed partial class BigQueryDialect
{
    public override string RegexMatches(string expression, string regex) => $"REGEXP_CONTAINS({expression}, {Text(regex)})";

    // LIKE has no ESCAPE clause in GoogleSQL: '\' is always its escape.
    public override string Like(string expression, string pattern) => $"{expression} LIKE {Text(pattern)}";
}
