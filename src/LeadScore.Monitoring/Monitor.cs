using LeadScore.Monitoring.Internal;

namespace LeadScore.Monitoring;

/// <summary>
/// The monitor: measures the champion and every shadow challenger on the same contacted leads, by contact day, week,
/// list and score decile, and evaluates a rule set on those figures. Pure: the caller reads the leads and acts on the
/// report (the strongest action's number is the exit code).
/// </summary>
public static class Monitor
{
    /// <summary>The report for one as-of date.</summary>
    /// <exception cref="MonitoringException">The request is not one the monitor can read (the message says which lead or figure, and why).</exception>
    public static MonitorReport Evaluate(MonitorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Leads);
        ArgumentNullException.ThrowIfNull(request.Maturity);
        ArgumentNullException.ThrowIfNull(request.Rules);
        var index = LeadIndex.Build(request);
        foreach (var reading in request.Drift)
            if (!(double.IsFinite(reading.Psi) && reading.Psi >= 0)) throw MonitoringException.BadPsi(reading.RunId, reading.Feature, reading.Psi);
        var reliability = request.Expectation is { } expectation
            ? RuleSimulation.Of(request.Rules, expectation, request.Baseline, request.Maturity, request.Simulation).ToDictionary(r => r.Rule)
            : null;
        var outcomes = new List<RuleOutcome>();
        foreach (var rule in request.Rules.Rules)
        {
            var simulated = reliability?[rule.Name];
            foreach (var model in ModelsJudged(rule, index))
            {
                if (model < 0)
                {
                    outcomes.Add(new RuleOutcome(rule.Name, rule.Description, rule.Action, false,
                        "Not fired: no shadow challenger scored these leads.", new Dictionary<string, double>(), simulated?.FalseAlarm, simulated?.Detection));
                    continue;
                }
                var verdict = Judge.Of(rule, index.Tallies, request.AsOf, model, request.Baseline, request.Drift);
                var (evidence, numbers) = Explanation.Of(rule, verdict, index.Tallies, request.AsOf);
                outcomes.Add(new RuleOutcome(rule.Name, rule.Description, rule.Action, verdict.Fired, evidence, numbers,
                    simulated?.FalseAlarm, simulated?.Detection) { Model = index.Models.Count > model ? index.Models[model].Version : "" });
            }
        }
        var strongest = outcomes.Where(o => o.Fired).Select(o => o.Action).DefaultIfEmpty(RuleAction.None).Max();
        var leads = Enumerable.Range(0, index.Tallies.Lists).Sum(l => index.Tallies.Count(default, l, 0, int.MaxValue, request.AsOf).Leads);
        return new MonitorReport(
            request.AsOf,
            CohortTables.Rows(index, RuleWindow.Day, request.AsOf, request.Baseline),
            CohortTables.Rows(index, RuleWindow.Week, request.AsOf, request.Baseline),
            CohortTables.Deciles(index, request.AsOf, request.Baseline),
            outcomes,
            strongest,
            Meaning(strongest, outcomes, leads, request.AsOf))
        {
            Months = CohortTables.Rows(index, RuleWindow.Month, request.AsOf, request.Baseline),
            Models = index.Models,
            CallsBeforeContact = index.CallsBeforeContact,
        };
    }

    /// <summary>The model indexes a rule judges: the champion, or every shadow (−1 when there is none to judge).</summary>
    private static IEnumerable<int> ModelsJudged(Rule rule, LeadIndex index)
    {
        if (rule.IsDrift || rule.Model == JudgedModel.Champion) return [0];
        return index.Models.Count > 1 ? Enumerable.Range(1, index.Models.Count - 1) : [-1];
    }

    private static string Meaning(RuleAction strongest, List<RuleOutcome> outcomes, int leads, DateOnly asOf)
    {
        if (strongest == RuleAction.None)
            return $"No rule fired on the {leads:N0} leads contacted up to {Text.Date(asOf)}: keep the champion.";
        var firing = outcomes.Where(o => o.Fired && o.Action == strongest).ToList();
        var names = string.Join(", ", firing.Select(o => $"'{o.Rule}'").Distinct());
        var todo = strongest switch
        {
            RuleAction.ImmediateRollback => "roll the champion back within 24 hours (spec §8.6)",
            RuleAction.PlannedRollback => "roll the champion back within a week (spec §8.6)",
            RuleAction.PromoteChallenger => $"make {string.Join(" or ", firing.Select(o => o.Model).Distinct())} the champion",
            _ => "review the figures; nothing changes by itself",
        };
        return $"{char.ToUpperInvariant(Text.Action(strongest)[0])}{Text.Action(strongest)[1..]}: {names} fired on the {leads:N0} leads " +
               $"contacted up to {Text.Date(asOf)}; {todo}.";
    }
}
