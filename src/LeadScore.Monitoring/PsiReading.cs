namespace LeadScore.Monitoring;

/// <summary>One population stability index of a scoring run: a feature's (or the score's) shift against training.</summary>
/// <param name="RunId">The scoring run.</param>
/// <param name="AsOf">The run's as-of date; readings after the monitor's as-of date are ignored.</param>
/// <param name="Feature">The feature's name, or <see cref="Score"/> for the champion's score.</param>
/// <param name="Psi">The PSI (<see cref="LeadScore.Metrics.Drift.PopulationStabilityIndex"/>): below 0.1 stable,
/// 0.1–0.25 a moderate shift, above 0.25 a major one.</param>
public sealed record PsiReading(string RunId, DateOnly AsOf, string Feature, double Psi)
{
    /// <summary>The feature name under which the score's own PSI is given.</summary>
    public const string Score = "score";
}
