namespace LeadScore.Warehouse.Synthetic;

/// <summary>What a synthetic fill wrote: rows per raw table, the conversion rates and the time each phase took.</summary>
public sealed record SyntheticRun(
    SyntheticOptions Options,
    IReadOnlyDictionary<string, long> Rows,
    long OracleRows,
    long LabelledLeads,
    double ConversionRate,
    double OracleMeanProbability,
    TimeSpan Generate,
    TimeSpan Write)
{
    public TimeSpan Total => Generate + Write;

    /// <summary>Rows of <c>synth.advisor_truth</c>: every active producing advisor.</summary>
    public long TruthRows { get; init; }
}
