namespace LeadScore.Warehouse.Dialects;

internal sealed partial class DuckDbDialect
{
    public override string RegexMatches(string expression, string regex) => $"regexp_matches({expression}, {Text(regex)})";

    public override string Contains(string expression, string text) => $"contains({expression}, {Text(text)})";
}
