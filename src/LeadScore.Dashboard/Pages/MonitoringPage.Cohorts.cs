using LeadScore.Charts;
using LeadScore.Dashboard.Html;
using LeadScore.Monitoring;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>The cohorts: score deciles within the list, weeks and days of contact.</summary>
public sealed partial class MonitoringPage
{
    private static void Deciles(PageWriter page, MonitoringState s)
    {
        var rows = s.Report.Deciles;
        if (rows.Count == 0)
        {
            page.Notice("No lead has been contacted by the as-of date.");
            return;
        }
        double baseline = s.Inputs.Baseline;
        var models = rows.Select(r => (r.Model, r.Role)).Distinct().ToList();
        var deciles = rows.Select(r => r.Decile).Distinct().Order().ToList();
        LiftBar Bar(string model, int decile) => rows.FirstOrDefault(r => r.Model == model && r.Decile == decile) is { } r
            ? new LiftBar(decile.ToString(), r.Figures.Lift, r.Figures.Lower / baseline, r.Figures.Upper / baseline)
            : new LiftBar(decile.ToString(), 0);
        page.Chart(LiftComparisonChart.Of($"list {s.Inputs.List.ListId}: lift by score decile, as of {s.AsOf:yyyy-MM-dd}",
                models.Select(m => new LiftSeries(Model(m.Model, m.Role), deciles.Select(d => Bar(m.Model, d)).ToList())).ToList(),
                "score decile within the list (10 = the model's best 10% of the list)"),
            $"Conversion rate of each tenth of the list, ranked by each model, over the baseline {Percent(baseline)} (1× = no better than the baseline); " +
            "whiskers are 95% Wilson intervals. A model that ranks well climbs from left to right.");
        var table = new HtmlTable("deciles", ["model", "decile", "leads", "conversions", "rate (95%)", "lift", "maturity", "heading for (95%)", "lift heading for"]) { Choices = ["model"] };
        foreach (var r in rows.OrderBy(r => models.IndexOf((r.Model, r.Role))).ThenByDescending(r => r.Decile))
            Add(table, [Model(r.Model, r.Role), Cell.Number(r.Decile)], r.Figures);
        page.Table(table);
    }

    private static void Weeks(PageWriter page, MonitoringState s)
    {
        var rows = s.Report.Weeks;
        if (rows.Count == 0)
        {
            page.Notice("No lead has been contacted by the as-of date.");
            return;
        }
        var weeks = rows.Select(r => r.Period).Distinct().OrderBy(p => p.First).ToList();
        // All leads are the same for every model: one line for them, then each model's top decile.
        var lines = new List<(string Name, Func<CohortRow, bool> Takes)> { ("all leads", r => r.Role == ModelScore.Champion && r.Segment == Segment.All) };
        foreach (var m in s.Report.Models) lines.Add(($"top decile, {Model(m.Version, m.Role)}", r => r.Model == m.Version && r.Segment == Segment.TopDecile));
        var series = lines.Select(l => new RateSeries(l.Name, weeks.Select(w => rows.FirstOrDefault(r => r.Period == w && l.Takes(r)) is { } r
            ? Heading(w.Label, r.Figures) : new RatePoint(w.Label, 0, 0, 0)).ToList())).ToList();
        page.Chart(RateTrendChart.Of($"list {s.Inputs.List.ListId}: conversion by week of contact, as of {s.AsOf:yyyy-MM-dd}", series, "week of contact (week 1 = the list's first 7 days)",
                s.Inputs.Baseline, $"baseline {Percent(s.Inputs.Baseline)}"),
            "The rate each week's leads are heading for (conversions known so far ÷ label maturity) with its 95% interval; a week too young to know anything shows the rate observed. " +
            "The grey line is the baseline.");
        page.Table(Periods("weeks", ["week", "days"], rows, p => $"{p.First:MM-dd}–{p.Last:MM-dd}"));
    }

    /// <summary>A period per row group (week or day): its label and dates, then each model's and segment's figures; drop-downs for model and segment.</summary>
    private static HtmlTable Periods(string id, string[] periodHeaders, IReadOnlyList<CohortRow> rows, Func<CohortPeriod, string> dates)
    {
        var table = new HtmlTable(id, [.. periodHeaders, "model", "segment", "leads", "conversions", "rate (95%)", "lift", "maturity", "heading for (95%)", "lift heading for"])
        {
            Choices = ["model", "segment"],
        };
        foreach (var r in rows.OrderBy(r => r.Period.First).ThenBy(r => r.Role != ModelScore.Champion).ThenBy(r => r.Segment))
            Add(table, [new Cell(r.Period.Label, r.Period.Number.ToString()), dates(r.Period), Model(r.Model, r.Role), SegmentName(r.Segment)], r.Figures);
        return table;
    }

    private static void Days(PageWriter page, MonitoringState s)
    {
        var rows = s.Report.Days;
        if (rows.Count == 0)
        {
            page.Notice("No lead has been contacted by the as-of date.");
            return;
        }
        page.Paragraph("Each contact day's leads (days without contacts are left out). A day holds about a twentieth of the list, so its intervals are wide: " +
                       "the rules judge the list from its first day to the end of each day, not a day alone.");
        page.Table(Periods("days", ["day", "date"], rows, p => p.First.ToString("yyyy-MM-dd")));
    }

    /// <summary>The rate a cohort is heading for with its interval, or the rate observed while nothing can be known yet.</summary>
    private static RatePoint Heading(string label, ConversionFigures f) => f.AdjustedRate is { } a
        ? new RatePoint(label, a, f.AdjustedLower!.Value, f.AdjustedUpper!.Value)
        : new RatePoint(label, f.Rate, f.Lower, f.Upper);
}
