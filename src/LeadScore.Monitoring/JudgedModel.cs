namespace LeadScore.Monitoring;

/// <summary>Which model a rule judges.</summary>
public enum JudgedModel
{
    /// <summary>The model the list was built with.</summary>
    Champion,

    /// <summary>Every shadow challenger in turn (one outcome each).</summary>
    Challenger,
}
