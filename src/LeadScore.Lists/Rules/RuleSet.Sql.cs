using System.Globalization;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Lists.Rules;

/// <summary>
/// The rule set compiled to SQL expressions in a dialect (DuckDB unless told). Column arguments are SQL expressions
/// (e.g. <c>c.title_name</c>); the tier inputs are named as in <see cref="RuleInput"/>, prefixed by <c>qualifier.</c>
/// when one is given. Every exclusion expression is NULL when the row is not excluded (and when the column it reads is
/// NULL) and otherwise a short reason naming what matched.
/// </summary>
public sealed partial class RuleSet
{
    /// <summary><c>CASE WHEN … THEN 'TIER_1A_PRIME_MOVER_CFP' … ELSE 'STANDARD' END</c>: the first tier that matches.</summary>
    public string TierSql(string? qualifier = null, SqlDialect? dialect = null)
    {
        var sql = dialect ?? SqlDialect.DuckDb;
        var cases = Tiers.Select(t => $"WHEN {WhenSql(t.When, qualifier)} THEN {sql.Text(t.Name)}");
        return $"CASE {string.Join(" ", cases)} ELSE {sql.Text(Default.Name)} END";
    }

    /// <summary>The tiers as a table expression with columns (name, priority, tier_rate, final_rate), the default last.</summary>
    public string TierTableSql(SqlDialect? dialect = null)
    {
        var sql = dialect ?? SqlDialect.DuckDb;
        var rows = Tiers.Select(t => (t.Name, t.Priority, t.TierRate, t.FinalRate)).Append((Default.Name, Default.Priority, Default.TierRate, Default.FinalRate))
            .Select(r => $"({sql.Text(r.Name)}, {r.Priority.ToString(CultureInfo.InvariantCulture)}, {sql.AsDouble(sql.Double(r.TierRate))}, {sql.AsDouble(sql.Double(r.FinalRate))})");
        return $"(VALUES {string.Join(", ", rows)}) AS tiers(name, priority, tier_rate, final_rate)";
    }

    /// <summary>The reason the firm name is excluded (<c>firm name matches excluded pattern 'UBS' (wirehouse)</c>), or NULL.</summary>
    public string FirmNameExclusionSql(PatternMatch mode, string column = "primary_firm_name", SqlDialect? dialect = null)
    {
        var sql = dialect ?? SqlDialect.DuckDb;
        return Reasons(sql, Exclusions.FirmPatterns.Where(p => p.Enabled)
            .Select(p => (PatternSql(p.Pattern, column, mode, sql), $"firm name matches excluded pattern '{p.Pattern}' ({p.Category})")));
    }

    /// <summary>The reason the firm CRD is excluded (<c>firm CRD 318493 is excluded (self)</c>), or NULL.</summary>
    public string FirmCrdExclusionSql(string column = "primary_firm", SqlDialect? dialect = null) =>
        Reasons(dialect ?? SqlDialect.DuckDb, Exclusions.FirmCrds.Where(c => c.Enabled)
            .Select(c => ($"{column} = {c.Crd.ToString(CultureInfo.InvariantCulture)}", $"firm CRD {c.Crd} is excluded ({c.Category})")));

    /// <summary>The reason the title is excluded (<c>title matches excluded pattern 'PARAPLANNER' (support role)</c>), or NULL.</summary>
    public string TitleExclusionSql(PatternMatch mode, string column = "title_name", SqlDialect? dialect = null)
    {
        var sql = dialect ?? SqlDialect.DuckDb;
        return Reasons(sql, Exclusions.TitlePatterns.Where(p => p.Enabled)
            .Select(p => (PatternSql(p.Pattern, column, mode, sql), $"title matches excluded pattern '{p.Pattern}' ({p.Category})")));
    }

    /// <summary>The reason the age range is excluded (<c>age range 70-74 is excluded</c>), or NULL; NULL when the exclusion is off.</summary>
    public string AgeExclusionSql(string column = "age_range", SqlDialect? dialect = null)
    {
        var sql = dialect ?? SqlDialect.DuckDb;
        return Exclusions.Age is { Enabled: true, Ranges.Count: > 0 } age
            ? $"CASE WHEN {column} IN ({string.Join(", ", age.Ranges.Select(sql.Text))}) THEN {sql.Text("age range ")} || {column} || {sql.Text(" is excluded")} END"
            : Reasons(sql, []);
    }

    /// <summary>The first disclosure that excludes the advisor (<c>disclosure: criminal</c>), or NULL; NULL when the exclusion is off.</summary>
    public string DisclosureExclusionSql(string columnPrefix = "contact_has_disclosed_", SqlDialect? dialect = null) =>
        Reasons(dialect ?? SqlDialect.DuckDb, Exclusions.Disclosures is { Enabled: true } d ? d.Flags.Select(f => ($"{columnPrefix}{f}", $"disclosure: {f}")) : []);

    /// <summary>The first exclusion that applies (firm name, firm CRD, title, age, disclosure, in that order), or NULL.</summary>
    public string ExclusionSql(PatternMatch mode, SqlDialect? dialect = null) =>
        $"coalesce({FirmNameExclusionSql(mode, dialect: dialect)}, {FirmCrdExclusionSql(dialect: dialect)}, {TitleExclusionSql(mode, dialect: dialect)}, " +
        $"{AgeExclusionSql(dialect: dialect)}, {DisclosureExclusionSql(dialect: dialect)})";

    /// <summary>The <c>is_hv_wealth_title</c> flag from the title: any of the signal's patterns (NULL title: NULL).</summary>
    public string HvWealthTitleSql(PatternMatch mode, string column = "title_name", SqlDialect? dialect = null) =>
        SignalSql("is_hv_wealth_title", mode, column, dialect);

    /// <summary>A signal flag from a title column: any of its patterns matches; FALSE when the file lists none.</summary>
    public string SignalSql(string input, PatternMatch mode, string column = "title_name", SqlDialect? dialect = null)
    {
        var patterns = Signals.FirstOrDefault(s => s.Input == input)?.Patterns ?? [];
        return patterns.Count == 0 ? "FALSE" : $"({string.Join(" OR ", patterns.Select(p => PatternSql(p, column, mode, dialect ?? SqlDialect.DuckDb)))})";
    }

    /// <summary>One pattern on one column: a whole-word regex, or the original's substring test ('*' as LIKE's '%').</summary>
    internal static string PatternSql(string pattern, string column, PatternMatch mode, SqlDialect sql)
    {
        var upper = pattern.ToUpperInvariant();
        if (mode == PatternMatch.Word) return sql.RegexMatches(sql.Upper(column), SqlDialect.WordRegex(upper));
        if (!upper.Contains('*')) return sql.Contains(sql.Upper(column), upper);
        var like = upper.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace('*', '%');
        return sql.Like(sql.Upper(column), $"%{like}%");
    }

    private static string WhenSql(IReadOnlyList<Alternative> when, string? qualifier) =>
        string.Join(" OR ", when.Select(a => a.Conditions.Count == 0 ? "TRUE" : $"({string.Join(" AND ", a.Conditions.Select(c => ConditionSql(c, qualifier)))})"));

    // Comparisons of numbers and booleans: the same text in every dialect.
    private static string ConditionSql(Condition condition, string? qualifier)
    {
        var column = qualifier is null ? condition.Input.Name : $"{qualifier}.{condition.Input.Name}";
        var r = condition.Range;
        if (r.IsEmpty) return "FALSE";
        if (condition.Input.Kind == InputKind.Boolean) return r.Low == 1 ? column : $"NOT {column}";
        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (r.Low == r.High) return $"{column} = {N(r.Low)}";
        var low = double.IsNegativeInfinity(r.Low) ? null : $"{column} {(r.LowOpen ? ">" : ">=")} {N(r.Low)}";
        var high = double.IsPositiveInfinity(r.High) ? null : $"{column} {(r.HighOpen ? "<" : "<=")} {N(r.High)}";
        if (low is not null && high is not null && !r.LowOpen && !r.HighOpen) return $"{column} BETWEEN {N(r.Low)} AND {N(r.High)}";
        return low is null ? high ?? "TRUE" : high is null ? low : $"{low} AND {high}";
    }

    private static string Reasons(SqlDialect sql, IEnumerable<(string Test, string Reason)> reasons)
    {
        var cases = reasons.Select(r => $"WHEN {r.Test} THEN {sql.Text(r.Reason)}").ToArray();
        return cases.Length == 0 ? $"CAST(NULL AS {sql.TextType})" : $"CASE {string.Join(" ", cases)} END";
    }
}
