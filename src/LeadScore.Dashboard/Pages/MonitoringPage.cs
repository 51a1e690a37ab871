using LeadScore.Dashboard.Html;
using LeadScore.Monitoring;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// How the live model does on its list's imported outcomes (<see cref="MonitoringState"/>: as <c>leadscore monitor</c>
/// reads them, judged by the default rules): the verdict, the list so far, conversions by score decile, by week and by
/// day of contact with intervals and label maturity, every rule with its state, evidence and how often it is wrong, and
/// where the maturity curve and the baseline come from.
/// </summary>
public sealed partial class MonitoringPage : DashboardPage
{
    public override string Path => "monitoring.html";

    public override string Title => "Monitoring";

    public override string Lead => "Are this month's leads converting as the model promised? Conversions so far by score decile and by week, and whether any rollback rule has fired.";

    public const string NoOutcomes =
        "No outcomes have been imported into this warehouse yet, so there is nothing to monitor. Import what happened to the list's leads from Salesforce with " +
        "`leadscore outcomes import FILE.csv --db W`; on a synthetic warehouse, draw them first with `leadscore synth outcomes --db W --list YYYY-MM --scenario healthy --out FILE.csv`.";

    public override void Render(PageWriter page, DashboardData data)
    {
        // Read and judged once; a section that cannot read it says why in its own place (the exception is kept and thrown again).
        var state = new Lazy<MonitoringState?>(() => MonitoringState.Read(data));
        void Part(string title, string id, Action<MonitoringState> body) => page.Section(title, () =>
        {
            if (state.Value is { } s) body(s);
            else page.Notice(NoOutcomes, NoticeKind.Attention);
        }, id);

        Part("Verdict", "verdict", s => Verdict(page, s));
        Part("The list so far", "list", s => SoFar(page, s));
        Part("By score decile", "deciles", s => Deciles(page, s));
        Part("By week of contact", "weeks", s => Weeks(page, s));
        Part("By day of contact", "days", s => Days(page, s));
        Part("Rules", "rules", s => Rules(page, s));
        Part("Where the figures come from", "sources", s => Sources(page, s));
    }

    private static void Verdict(PageWriter page, MonitoringState s)
    {
        var report = s.Report;
        var all = report.Months.FirstOrDefault(r => r.Role == ModelScore.Champion && r.Segment == Segment.All);
        var top = report.Months.FirstOrDefault(r => r.Role == ModelScore.Champion && r.Segment == Segment.TopDecile);
        page.Figures(
            new Figure("verdict", report.Strongest.Text(), $"{MonitoringState.Preset} rules", report.Strongest switch
            {
                RuleAction.None => null,
                RuleAction.Alert or RuleAction.PromoteChallenger => NoticeKind.Attention,
                _ => NoticeKind.Problem,
            }),
            new Figure("list", s.Inputs.List.ListId, $"champion {s.Inputs.List.Champion}, scoring run {s.Inputs.List.ScoreRun}"),
            new Figure("as of", s.AsOf.ToString("yyyy-MM-dd"), s.AsOfSource),
            new Figure("conversions so far", all is null ? "-" : $"{N(all.Figures.Conversions)} of {N(all.Figures.Leads)}", all is null ? null : Interval(all.Figures.Rate, all.Figures.Lower, all.Figures.Upper)),
            new Figure("top decile", top is null ? "-" : $"{N(top.Figures.Conversions)} of {N(top.Figures.Leads)}", top is null ? null : $"{Interval(top.Figures.Rate, top.Figures.Lower, top.Figures.Upper)}, {F(top.Figures.Lift, "0.00")}× the baseline"));
        page.Notice(report.Meaning, report.Strongest == RuleAction.None ? NoticeKind.Info : NoticeKind.Attention);
        if (report.CallsBeforeContact > 0)
            page.Paragraph($"{N(report.CallsBeforeContact)} lead(s) are left out: their call was scheduled before the contact, so the contact did not cause it.");
    }

    private static void SoFar(PageWriter page, MonitoringState s)
    {
        page.Paragraph("Every lead contacted so far, per model: all leads, the model's top decile (its best 10% of the list) and its bottom fifth. " +
                       "Conversions are the calls scheduled by the as-of date; \"heading for\" divides by the share of conversions that should be known by now (label maturity).");
        var table = new HtmlTable("so-far", ["model", "segment", "leads", "conversions", "rate (95%)", "lift", "maturity", "heading for (95%)", "lift heading for"]) { Sortable = false };
        foreach (var row in s.Report.Months) Add(table, [Model(row.Model, row.Role), SegmentName(row.Segment)], row.Figures);
        page.Table(table);
    }

    /// <summary>A row of figures: the leading cells, then leads, conversions, rate, lift, maturity, adjusted rate and adjusted lift.</summary>
    private static void Add(HtmlTable table, Cell[] leading, ConversionFigures f) =>
        table.Row([.. leading, Cell.Number(f.Leads), Cell.Number(f.Conversions), RateCell(f.Rate, f.Lower, f.Upper), Cell.Number(f.Lift, "0.00"),
            Cell.Percent(f.Maturity, 0), f.AdjustedRate is { } a ? RateCell(a, f.AdjustedLower!.Value, f.AdjustedUpper!.Value) : new Cell("-"),
            f.AdjustedLift is { } l ? Cell.Number(l, "0.00") : new Cell("-")]);

    private static string Model(string version, string role) => $"{version} ({role})";

    private static string SegmentName(Segment segment) => segment switch
    {
        Segment.All => "all leads",
        Segment.TopDecile => "top decile",
        _ => "bottom fifth",
    };
}
