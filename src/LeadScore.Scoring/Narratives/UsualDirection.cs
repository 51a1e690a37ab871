namespace LeadScore.Scoring.Narratives;

/// <summary>
/// The direction in which a feature usually moves the score, as the phrase file records it for readers of the file.
/// It never decides what a narrative says: a clause's direction is always the sign of the advisor's own contribution.
/// </summary>
public enum UsualDirection
{
    /// <summary>A higher value usually raises the score (<c>higher_raises</c>).</summary>
    HigherRaises,

    /// <summary>A higher value usually lowers the score (<c>higher_lowers</c>).</summary>
    HigherLowers,

    /// <summary>No usual direction: it depends on the value or on the other features (<c>either</c>).</summary>
    Either,
}
