namespace LeadScore.Monitoring;

/// <summary>What to monitor: the contacted leads with every model's score, the date the data run to, and how to judge them.</summary>
/// <param name="Leads">Contacted leads of one or more lists (leads contacted after <paramref name="AsOf"/> are ignored).</param>
/// <param name="AsOf">The last day the data cover: contacts and conversions up to and including it are known.</param>
/// <param name="Maturity">How labels mature; its horizon is the conversion window (43 days).</param>
/// <param name="Baseline">The rate lifts are measured over (the seed's 2.74%, spec §1.7).</param>
/// <param name="Rules">The rules to evaluate.</param>
/// <param name="Expectation">What the backtest expects; given, each outcome carries its rule's simulated false-alarm and detection rates.</param>
public sealed record MonitorRequest(
    IReadOnlyList<MonitoredLead> Leads, DateOnly AsOf, MaturityCurve Maturity, double Baseline, RuleSet Rules, Expectation? Expectation = null)
{
    /// <summary>PSI readings of the scoring runs (per feature and for the score), for the drift rules; none by default.</summary>
    public IReadOnlyList<PsiReading> Drift { get; init; } = [];

    /// <summary>How the false-alarm and detection rates are simulated when <see cref="Expectation"/> is given.</summary>
    public SimulationSetup Simulation { get; init; } = new();
}
