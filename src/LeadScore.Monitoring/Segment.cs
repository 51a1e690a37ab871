namespace LeadScore.Monitoring;

/// <summary>Which of a period's leads a row counts, by the row's model's percentile.</summary>
public enum Segment
{
    /// <summary>Every lead contacted in the period.</summary>
    All,

    /// <summary>Percentile 91–100.</summary>
    TopDecile,

    /// <summary>Percentile 1–20 (the list skips the champion's, so its row is usually absent).</summary>
    BottomFifth,
}
