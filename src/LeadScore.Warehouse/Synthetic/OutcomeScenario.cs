namespace LeadScore.Warehouse.Synthetic;

/// <summary>How the synthetic outcomes of a list are drawn (<see cref="SyntheticOutcomes"/>).</summary>
public enum OutcomeScenario
{
    /// <summary>Each lead converts with its advisor's true probability, after a delay drawn from the labelled history.</summary>
    Healthy,

    /// <summary>The model's ranking is broken: the list's true probabilities are shuffled among its leads (same overall rate, no relation to the score).</summary>
    Degraded,

    /// <summary>The healthy scenario's conversions (same leads, same seed), each arriving three times later, at most 120 days after the contact.</summary>
    Delayed,
}
