using LeadScore.Warehouse.Monitoring;
using System.Globalization;
using LeadScore.Cli.Monitoring;
using LeadScore.Cli.Terminal;
using LeadScore.Monitoring;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>What the monitor shows: the list so far per model and segment, the weeks and deciles, every rule with its evidence and how often it is wrong, the other preset's verdict, and the action.</summary>
public static class MonitorView
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Show(CliOutput output, MonitorInputs inputs, MonitorReport report, MonitorReport other)
    {
        output.Line($"list {inputs.List.ListId} (champion {inputs.List.Champion}, scoring run {inputs.List.ScoreRun}) as of {report.AsOf:yyyy-MM-dd}: {inputs.Leads.Count:N0} imported leads");
        output.Line($"label maturity {inputs.MaturitySource}: {inputs.Maturity.Meaning}");
        output.Line($"baseline {P(inputs.Baseline)}: {inputs.BaselineSource}");

        var months = new Table().Title("the list so far (conversions known by the as-of date; adjusted = heading for, given label maturity)")
            .AddPlainColumns("model", "segment", "leads", "conversions", "rate (95%)", "lift", "maturity", "adjusted rate (95%)");
        foreach (var row in report.Months)
            months.AddPlainRow($"{row.Model} ({row.Role})", row.Segment.ToString(), N(row.Figures.Leads), N(row.Figures.Conversions),
                $"{P(row.Figures.Rate)} ({P(row.Figures.Lower)}–{P(row.Figures.Upper)})", $"{row.Figures.Lift:0.00}x", P(row.Figures.Maturity, "0"),
                row.Figures.AdjustedRate is { } a ? $"{P(a)} ({P(row.Figures.AdjustedLower!.Value)}–{P(row.Figures.AdjustedUpper!.Value)})" : "-");
        output.Console.Write(months);

        var weeks = new Table().Title("the champion by week of contact").AddPlainColumns("week", "segment", "leads", "conversions", "rate", "maturity", "adjusted rate");
        foreach (var row in report.Weeks.Where(w => w.Role == ModelScore.Champion))
            weeks.AddPlainRow(row.Period.Label, row.Segment.ToString(), N(row.Figures.Leads), N(row.Figures.Conversions), P(row.Figures.Rate),
                P(row.Figures.Maturity, "0"), row.Figures.AdjustedRate is { } a ? P(a) : "-");
        output.Console.Write(weeks);

        var models = report.Deciles.Select(d => d.Model).Distinct().ToList();
        var deciles = new Table().Title("conversions by score decile (10 = top)").AddPlainColumns(["decile", .. models.Select(m => $"{m}: leads, conv., rate")]);
        foreach (var decile in report.Deciles.Select(d => d.Decile).Distinct().OrderByDescending(d => d))
            deciles.AddPlainRow([decile.ToString(C), .. models.Select(m => report.Deciles.FirstOrDefault(d => d.Model == m && d.Decile == decile) is { } d
                ? $"{N(d.Figures.Leads)}, {N(d.Figures.Conversions)}, {P(d.Figures.Rate)}" : "-")]);
        output.Console.Write(deciles);

        var rules = new Table().Title($"rules; false alarm / detection: P(it fires within a month) when the model performs as expected / has lost half its lift ({inputs.ExpectationSource})")
            .AddPlainColumns("rule", "model", "state", "action", "false alarm", "detection", "evidence");
        foreach (var r in report.Rules)
            rules.AddPlainRow(r.Rule, r.Model, r.Fired ? "FIRED" : "quiet", Action(r.Action), r.FalseAlarm is { } f ? P(f, "0.0") : "-",
                r.Detection is { } d ? P(d, "0.0") : "-", r.Evidence);
        output.Console.Write(rules);
        output.Line($"the other preset on the same outcomes: {Action(other.Strongest)}" +
                    (other.Rules.Any(r => r.Fired) ? $" (fired: {string.Join(", ", other.Rules.Where(r => r.Fired).Select(r => r.Rule).Distinct())})" : " (no rule fired)"));
        output.Line($"{Action(report.Strongest)} (exit code {(int)report.Strongest}): {report.Meaning}");
    }

    /// <summary>An action as the monitor prints it.</summary>
    public static string Action(RuleAction action) => action.Text();

    private static string N(int value) => value.ToString("N0", C);

    private static string P(double rate, string format = "0.00") => (100 * rate).ToString(format, C) + "%";
}
