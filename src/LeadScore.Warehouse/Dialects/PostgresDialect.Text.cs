namespace LeadScore.Warehouse.Dialects;

internal sealed partial class PostgresDialect
{
    // An ARE: with '.' left out (SqlDialect.WordRegex), it reads the regexes of the rules as RE2 does.
    public override string RegexMatches(string expression, string regex) => $"({expression} ~ {Text(regex)})";
}
