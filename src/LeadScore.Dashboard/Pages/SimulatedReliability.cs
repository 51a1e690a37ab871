using System.Collections.Concurrent;
using System.Globalization;
using LeadScore.Monitoring;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The rules' simulated false-alarm and detection rates (<see cref="RuleSimulation"/>), kept for the life of the process.
/// They depend on the rules, the expectation, the baseline and the maturity curve, never on the outcomes, and simulating
/// 2,000 months per case takes about a second at the real scale: a page rendered again after an outcomes import reuses them.
/// </summary>
public static class SimulatedReliability
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<RuleReliability>> Kept = new(StringComparer.Ordinal);

    /// <summary>The report with each rule outcome's false-alarm and detection rates filled in (one simulation per distinct input).</summary>
    public static MonitorReport Attach(MonitorReport report, RuleSet rules, Expectation expectation, double baseline, MaturityCurve maturity)
    {
        ArgumentNullException.ThrowIfNull(report);
        var key = string.Join("|", rules.ToJson(), expectation.ToString(), baseline.ToString("R", CultureInfo.InvariantCulture),
            string.Join(",", Enumerable.Range(0, maturity.HorizonDays + 1).Select(d => maturity.ObservedShare(d).ToString("R", CultureInfo.InvariantCulture))));
        if (Kept.Count > 32) Kept.Clear();
        var rates = Kept.GetOrAdd(key, _ => RuleSimulation.Of(rules, expectation, baseline, maturity)).ToDictionary(r => r.Rule);
        return report with
        {
            Rules = report.Rules.Select(o => rates.TryGetValue(o.Rule, out var r) ? o with { FalseAlarm = r.FalseAlarm, Detection = r.Detection } : o).ToList(),
        };
    }
}
