namespace LeadScore.Data;

/// <summary>Quoting for SQL text built from names and paths the user gave.</summary>
public static class Sql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
