namespace LeadScore.Warehouse.Dialects;

/// <summary>
/// What the list's scripts (<c>Sql/list_inputs.sql</c>, <c>Sql/list_pool.sql</c>) and ranked steps write differently
/// per engine: temporary tables, date arithmetic, dates and numbers as text, the CRD typed into Salesforce, and a
/// byte-order sort. <see cref="SqlTemplate"/> calls them from the scripts' @macros.
/// </summary>
public abstract partial class SqlDialect
{
    /// <summary>The head of <c>… AS query</c> that creates a temporary table, replacing one of that name.</summary>
    public virtual string CreateTempTable(string name) => $"CREATE OR REPLACE TEMP TABLE {name}";

    /// <summary><paramref name="expression"/> as text (numbers print alike in every engine when they are whole).</summary>
    public string AsText(string expression) => $"CAST({expression} AS {TextType})";

    /// <summary>Days from the date <paramref name="start"/> to the date <paramref name="end"/> (day boundaries for timestamps).</summary>
    public abstract string DaysElapsed(string start, string end);

    /// <summary>Month boundaries crossed from <paramref name="start"/> to <paramref name="end"/>, the day ignored (spec §1.8), as a BIGINT.</summary>
    public abstract string MonthBoundaries(string start, string end);

    /// <summary>Year boundaries crossed from <paramref name="start"/> to <paramref name="end"/> (year(end) − year(start)), as a BIGINT.</summary>
    public abstract string YearBoundaries(string start, string end);

    /// <summary>A date as text, yyyy-MM-dd.</summary>
    public abstract string IsoDate(string date);

    /// <summary><paramref name="expression"/> with every match of <paramref name="regex"/> replaced.</summary>
    public virtual string RegexReplaceAll(string expression, string regex, string replacement) =>
        $"regexp_replace({expression}, {Text(regex)}, {Text(replacement)}, 'g')";

    /// <summary>A text of ASCII digits only (or NULL) as a BIGINT; NULL when the number does not fit.</summary>
    public abstract string DigitsAsBigint(string digits);

    /// <summary>
    /// A DOUBLE rounded half away from zero to one decimal, as text with one decimal ("12.5", "100.0"): DuckDB's
    /// <c>round(x, 1)</c> as DuckDB prints it, for finite values under 10^14 that do not round to −0.0.
    /// </summary>
    public abstract string OneDecimal(string expression);

    /// <summary><paramref name="expression"/> (text) sorting by its bytes, whatever the database's collation.</summary>
    public virtual string Bytewise(string expression) => expression;
}
