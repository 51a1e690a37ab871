namespace LeadScore.Data;

/// <summary>Quoting for SQL text built from names and paths the user gave.</summary>
public static class Sql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>A number as SQL, in shortest round-trip form, whatever the culture.</summary>
    public static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
