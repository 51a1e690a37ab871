namespace LeadScore.Monitoring;

/// <summary>One model's score of a monitored lead, as the scoring run stored it.</summary>
/// <param name="Version">The model version (e.g. "v4.1.0").</param>
/// <param name="Role">"champion" (the model the list was built with) or "shadow" (a challenger scored on the same leads).</param>
/// <param name="Percentile">The scoring run's percentile 1..100 (<see cref="LeadScore.Metrics.Percentile"/>); 91–100 is the top decile.</param>
public sealed record ModelScore(string Version, string Role, int Percentile)
{
    /// <summary>The role of the model the list was built with.</summary>
    public const string Champion = "champion";

    /// <summary>The role of a challenger scored in shadow on the same leads.</summary>
    public const string Shadow = "shadow";
}
