namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// What outcomes to draw: for the published list <paramref name="ListId"/> (a month, yyyy-MM), under a scenario, with a
/// seed, as an export taken <paramref name="Days"/> days after the list's first day, written to <paramref name="Out"/>
/// (.csv or .parquet).
/// </summary>
public sealed record SyntheticOutcomeRequest(string ListId, OutcomeScenario Scenario, long Seed, int Days, string Out)
{
    /// <summary>Days after the list's first day an export is taken unless told otherwise.</summary>
    public const int DefaultDays = 60;
}
