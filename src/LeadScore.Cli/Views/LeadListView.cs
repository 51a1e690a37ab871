using System.Globalization;
using LeadScore.Charts;
using LeadScore.Cli.Terminal;
using LeadScore.Lists;
using LeadScore.Lists.Allocation;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>What a list build shows: advisors dropped per step, leads per tier, each rep's load under both assignments, the checks, and the per-rep chart.</summary>
public static class LeadListView
{
    public static void Show(CliOutput output, ListResult result)
    {
        var steps = new Table().Title("advisors dropped, by the first step that dropped them").AddPlainColumns("step", "advisors");
        foreach (var s in result.Pool.Steps) steps.AddPlainRow(s.Step, N(s.Advisors));
        steps.AddPlainRow("on the list", N(result.Summary.Leads));
        output.Console.Write(steps);

        var s2 = result.Summary;
        var tiers = new Table().Title($"list {result.Record.ListId}: leads per tier").AddPlainColumns("tier", "leads", "share", "expected rate", "expected conversions");
        foreach (var t in s2.Tiers)
            tiers.AddPlainRow(t.Tier, N(t.Leads), P(t.Leads / (double)Math.Max(1, s2.Leads)), P(t.Rate, "P2"), F(t.Leads * t.Rate, "0.0"));
        output.Console.Write(tiers);

        var reps = new Table().Title("leads per rep").AddPlainColumns("rep", "leads", "expected conversions", $"{s2.Comparison.Method.Label()}: leads", "expected conversions");
        foreach (var load in s2.Assignment.Loads)
        {
            var other = s2.Comparison.Loads[load.Rep];
            reps.AddPlainRow(s2.Reps[load.Rep].Name, N(load.Leads), F(load.ExpectedConversions, "0.00"), N(other.Leads), F(other.ExpectedConversions, "0.00"));
        }
        output.Console.Write(reps);

        var checks = new Table().Title("list checks").AddPlainColumns("check", "value", "expected", "outcome");
        foreach (var c in result.Checks) checks.AddPlainRow(c.Name, c.Value, c.Expected, c.Passed ? "pass" : "FAIL");
        output.Console.Write(checks);

        output.Line($"expected conversions {F(s2.ExpectedConversions, "0.0")} (95% interval {F(s2.Lower, "0.0")}–{F(s2.Upper, "0.0")}) from {N(s2.Leads)} leads; " +
                    $"spread of expected conversions per rep (max − min): {F(s2.Assignment.Spread, "0.000")} {s2.Assignment.Method.Label()}" +
                    $"{(s2.Assignment.ProvenOptimal ? " (proven optimal)" : "")}, {F(s2.Comparison.Spread, "0.000")} {s2.Comparison.Method.Label()} on the same pool");
        if (result.Record.Reason is { } reason && result.Published) output.Line($"note: {reason}");
    }

    /// <summary>Expected conversions per rep stacked by tier, with the comparison assignment's total marked.</summary>
    public static Chart Chart(ListResult result)
    {
        var s = result.Summary;
        var tiers = s.Tiers.Select(t => t.Tier).ToList();
        var rates = s.Tiers.ToDictionary(t => t.Tier, t => t.Rate);
        var bars = s.Assignment.Loads.Select(l => new RepBar(s.Reps[l.Rep].Name,
            tiers.Select(t => l.CountOf(t) * rates[t]).ToList(), s.Comparison.Loads[l.Rep].ExpectedConversions)).ToList();
        return RepBalanceChart.Of($"list {result.Record.ListId}: expected conversions per rep ({s.Assignment.Method.Label()})", tiers, bars, s.Comparison.Method.Label());
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

    private static string P(double x, string format = "P1") => x.ToString(format, CultureInfo.InvariantCulture);
}
