namespace LeadScore.Scoring.Checks;

/// <summary>How a run check came out: a <see cref="Fail"/> stops the run from being published.</summary>
public enum CheckOutcome
{
    Pass,
    Warn,
    Fail,
}

/// <summary>One check of a run for one model: what was measured, what was expected, and the outcome.</summary>
public sealed record RunCheck(string Model, string Check, string Value, string Expected, CheckOutcome Outcome, double? Psi = null);
