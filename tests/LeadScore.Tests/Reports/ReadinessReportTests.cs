using System.Xml;
using LeadScore.Reports;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Reports;

public class ReadinessReportTests
{
    private static (ReadinessReport Report, SomeReadiness.Built Built) Report(TempFolder folder, ReadinessRules? rules = null)
    {
        var built = SomeReadiness.Registry(folder);
        var evidence = ReadinessEvidence.Collect(built.Registry, new ReadinessRequest("v2"));
        return (ReadinessReport.Build(evidence, rules ?? ReadinessRules.Builtin(), SomeReadiness.Generated), built);
    }

    [Fact]
    public void The_markdown_report_matches_its_golden_file_byte_for_byte()
    {
        using var folder = new TempFolder();
        GoldenFile.Check("Reports/golden/readiness.md", Report(folder).Report.ToMarkdown());
    }

    [Fact]
    public void The_same_evidence_rules_and_time_give_the_same_bytes_in_both_formats()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        var (a, _) = Report(one);
        var (b, _) = Report(two);
        Assert.Equal(a.ToMarkdown(), b.ToMarkdown());
        Assert.Equal(a.ToHtml(), b.ToHtml());
    }

    [Fact]
    public void The_sections_come_in_the_seed_documents_order()
    {
        using var folder = new TempFolder();
        var headings = Report(folder).Report.Sections.Select(s => s.Heading).ToArray();
        Assert.Equal(["Deployment readiness: v2 against v1", "Executive summary", "Recommendation", "Pre-deployment checklist", "Artefacts", "Backtest",
            "Expected impact", "Risks", "Monitoring plan and rollback criteria", "Sign-off", "Change log"], headings);
    }

    [Fact]
    public void The_html_carries_the_numbers_three_charts_and_no_url_and_parses_as_xml()
    {
        using var folder = new TempFolder();
        var (report, built) = Report(folder);
        var html = report.ToHtml();
        var b = built.Backtest;
        string P(double rate) => (100 * rate).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var arm in new[] { b.Champion, b.Challenger })
        {
            Assert.Contains($"{P(arm.Rate.Rate)}% ({P(arm.Rate.Lower)}–{P(arm.Rate.Upper)}%)", html);
            Assert.Contains($"({arm.Forecast.Lower}–{arm.Forecast.Upper})", html);
            Assert.Contains(arm.Model.Sha256, html);
        }
        Assert.Contains(built.EvidenceSha256, html);
        Assert.Contains($"<strong>{report.Decision.Rule.Outcome.Words()}.</strong>", html);
        Assert.Contains($"<code>{report.Decision.Rule.Name}</code>", html);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(html.Split("<svg").Length - 1 >= 3, "expected the decile, distribution and power charts as inline SVG");
        Assert.Contains("@media print", html);

        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = new XmlDocument();
        document.Load(reader);
        Assert.Equal("html", document.DocumentElement!.Name);
        var ids = document.SelectNodes("//*[@id]")!.Cast<XmlElement>().Select(e => e.GetAttribute("id")).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void The_markdown_names_the_deciding_rule_the_evidence_and_what_is_missing()
    {
        using var folder = new TempFolder();
        var (report, built) = Report(folder);
        var md = report.ToMarkdown();
        Assert.Contains($"Rule `{report.Decision.Rule.Name}`", md);
        Assert.Contains(built.EvidenceSha256, md);
        Assert.Contains("| business | yes | **missing** |", md);
        Assert.Contains("- [ ] Sign-off by business: missing", md);
        Assert.Contains("- [x] Sign-off by data-science: ana, 2025-12-29 10:00 UTC", md);
        Assert.Contains("- [ ] Scoring run: not given", md);
        Assert.Contains("The seed document's criteria, stated as the plan", md);
    }

    [Fact]
    public void A_scoring_run_with_skew_warnings_is_checked_and_listed_under_risks()
    {
        using var folder = new TempFolder();
        var built = SomeReadiness.Registry(folder, allSignOffs: true);
        var evidence = ReadinessEvidence.Collect(built.Registry, new ReadinessRequest("v2"));
        var run = new ScoringRunEvidence("ws.duckdb", "2025-12-31", 1, new DateOnly(2025, 12, 31), new DateTime(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc),
            [new("v1", "champion"), new("v2", "challenger")],
            [
                new("v2", "skew: x0", "PSI 0.012; median 0.4", "PSI < 0.1 (≥ 0.25 fails); TRAIN median 0.5", "pass"),
                new("v2", "skew: x1", "PSI 0.142; median 3", "PSI < 0.1 (≥ 0.25 fails); TRAIN median 1", "warn"),
                new("v1", "skew: x0", "PSI 0.011; median 0.4", "PSI < 0.1 (≥ 0.25 fails); TRAIN median 0.5", "pass"),
            ]);
        var md = ReadinessReport.Build(evidence with { Warehouse = "ws.duckdb", ScoringRun = run }, ReadinessRules.Builtin(), SomeReadiness.Generated).ToMarkdown();
        Assert.Contains("| v2 | `x1` | PSI 0.142; median 3 |", md);
        Assert.Contains("| skew_warnings | 1 |", md);
        Assert.Contains("- [x] Last published scoring run: 2025-12-31 (attempt 1)", md);
        Assert.Contains("v2 scored as challenger: 2 checks, 1 warning(s), 0 failure(s)", md);
    }
}
