namespace LeadScore.Warehouse.Dialects;

/// <summary>
/// What the multi-statement scripts of <c>Sql/</c> (the feature definition) write differently per dialect: temp
/// tables and filtered distinct counts, and the rendering of a script template for this dialect.
/// </summary>
public abstract partial class SqlDialect
{
    /// <summary>A script template, its @macros (<see cref="SqlTemplate"/>) written for this dialect.</summary>
    public string Render(string template) => SqlTemplate.Render(template, this);

    /// <summary>The number of distinct non-NULL values of <paramref name="value"/> over the rows meeting <paramref name="condition"/>.</summary>
    public virtual string CountDistinctIf(string value, string condition) => $"count(DISTINCT {value}) FILTER (WHERE {condition})";
}
