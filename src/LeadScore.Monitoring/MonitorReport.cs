namespace LeadScore.Monitoring;

/// <summary>
/// The monitor's findings on one as-of date: every model's figures by contact day, week, list and score decile, each
/// rule's outcome, and the strongest action asked for (its number is the monitor's exit code).
/// </summary>
/// <param name="AsOf">The last day the data cover.</param>
/// <param name="Days">Per list, contact day, model and segment.</param>
/// <param name="Weeks">Per list, week since the list's first day, model and segment.</param>
/// <param name="Deciles">Per list, model and score decile.</param>
/// <param name="Rules">Each rule's outcome (a challenger rule: one per shadow challenger).</param>
/// <param name="Strongest">The strongest action of the fired rules (<see cref="RuleAction.None"/> when none fired).</param>
/// <param name="Meaning">One sentence: what to do, and which rule says so.</param>
public sealed record MonitorReport(
    DateOnly AsOf,
    IReadOnlyList<CohortRow> Days,
    IReadOnlyList<CohortRow> Weeks,
    IReadOnlyList<DecileRow> Deciles,
    IReadOnlyList<RuleOutcome> Rules,
    RuleAction Strongest,
    string Meaning)
{
    /// <summary>Per list (its month), model and segment.</summary>
    public IReadOnlyList<CohortRow> Months { get; init; } = [];

    /// <summary>The models measured: the champion first, then the shadow challengers.</summary>
    public IReadOnlyList<MonitoredModel> Models { get; init; } = [];

    /// <summary>Leads left out because their call was scheduled before the contact (the contact did not cause it).</summary>
    public int CallsBeforeContact { get; init; }
}
