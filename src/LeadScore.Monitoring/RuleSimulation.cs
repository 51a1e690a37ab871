using LeadScore.Metrics;
using LeadScore.Monitoring.Internal;

namespace LeadScore.Monitoring;

/// <summary>
/// How often each rule is wrong: months of a list simulated at the expected volume — leads contacted evenly over the
/// working days, each converting within the horizon at its group's rate, its conversion known after a delay drawn from
/// the maturity curve — with the monitor run on every day of the month. False alarm = P(the rule fires at least once in
/// the month when the champion performs exactly as expected); detection = P(it fires when the champion has lost half
/// its lift over the baseline, i.e. converts at half its expected rates, while a challenger's own top-decile picks keep
/// the expected rate). The rules are judged by the same code as <see cref="Monitor"/>; a seed gives the same table on
/// every machine (<see cref="RandomStream"/>).
/// </summary>
public static class RuleSimulation
{
    /// <summary>The false-alarm and detection rates of every rule of a set, in the set's order (drift rules: not simulated).</summary>
    /// <exception cref="MonitoringException">The expectation cannot describe a list with this setup.</exception>
    public static IReadOnlyList<RuleReliability> Of(
        RuleSet rules, Expectation expectation, double baseline, MaturityCurve maturity, SimulationSetup? setup = null)
    {
        setup ??= new SimulationSetup();
        if (!(baseline > 0 && baseline < 1)) throw MonitoringException.OutOfRange("baseline", baseline, "(0, 1)");
        var world = new SimulatedWorld(expectation, maturity, setup);
        var played = rules.Rules.Where(r => !r.IsDrift).ToList();
        var fired = new int[2, played.Count];
        var random = new RandomStream(setup.Seed, 0);
        var none = Array.Empty<PsiReading>();
        for (var m = 0; m < setup.Months; m++)
        {
            random.Reseed(setup.Seed, (ulong)m);
            var month = new SimulatedMonth(world, random);
            for (var w = 0; w < 2; w++)
            {
                var tallies = month.Tallies(w);
                for (var r = 0; r < played.Count; r++)
                {
                    var rule = played[r];
                    var model = rule.Model == JudgedModel.Challenger ? 1 : 0;
                    if (rule.Evidence == EvidenceStandard.Sequential)
                    {
                        // One call holds every daily look of the month (the test stops at its first crossing).
                        var last = SimulatedMonth.Start.AddDays(setup.LookDays - 1);
                        if (SequentialJudge.Judge(rule, tallies, last, model, everyDay: true).Fired) fired[w, r]++;
                        continue;
                    }
                    for (var look = 0; look < setup.LookDays; look++)
                    {
                        if (!Judge.Of(rule, tallies, SimulatedMonth.Start.AddDays(look), model, baseline, none).Fired) continue;
                        fired[w, r]++;
                        break;
                    }
                }
            }
        }
        return rules.Rules.Select(rule =>
        {
            var r = played.IndexOf(rule);
            return r < 0
                ? new RuleReliability(rule.Name, rule.Description, rule.Action, null, null, setup.Months)
                : new RuleReliability(rule.Name, rule.Description, rule.Action,
                    (double)fired[0, r] / setup.Months, (double)fired[1, r] / setup.Months, setup.Months);
        }).ToList();
    }

    /// <summary>The false-alarm and detection rates of one rule.</summary>
    /// <exception cref="MonitoringException">The rule is not valid, or the expectation cannot describe a list with this setup.</exception>
    public static RuleReliability Of(Rule rule, Expectation expectation, double baseline, MaturityCurve maturity, SimulationSetup? setup = null) =>
        Of(new RuleSet(rule.Name, rule.Description, [rule]), expectation, baseline, maturity, setup)[0];
}
