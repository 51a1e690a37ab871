using System.Security.Cryptography;
using System.Text;
using LeadScore.Reports.Internal;

namespace LeadScore.Reports;

/// <summary>
/// The deployment readiness report, built from evidence instead of typed by hand: the seed document's sections in
/// its order (title, executive summary, recommendation, pre-deployment checklist, artefacts, backtest, expected
/// impact, risks, monitoring plan and rollback criteria, sign-off, change log), each written from the registry, the
/// backtest evidence and the last scoring run, with the recommendation decided by the rules. Building it is pure:
/// the same evidence, rules and <see cref="Generated"/> time give the same bytes in both formats.
/// </summary>
public sealed record ReadinessReport(string Title, DateTimeOffset Generated, ReadinessFacts Facts, RuleDecision Decision, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>The formats the report is written in, by file extension.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".html"];

    public static ReadinessReport Build(ReadinessEvidence evidence, ReadinessRules rules, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(rules);
        var facts = ReadinessFacts.Of(evidence);
        var context = new ReportContext(evidence, facts, rules, rules.Decide(facts), generated.ToUniversalTime());
        ReportSection[] sections =
        [
            TitleSection.Of(context), SummarySection.Of(context), RecommendationSection.Of(context), ChecklistSection.Of(context),
            ArtefactsSection.Of(context), BacktestSection.Of(context), ImpactSection.Of(context), RisksSection.Of(context),
            MonitoringSection.Of(context), SignOffSection.Of(context), ChangeLogSection.Of(context),
        ];
        return new ReadinessReport(sections[0].Heading, context.Generated, facts, context.Decision, sections);
    }

    /// <summary>The report as Markdown, for review in a repository.</summary>
    public string ToMarkdown() => string.Join("\n", Sections.Select(s => s.Markdown));

    /// <summary>The report as one self-contained HTML page: the same sections rendered from their Markdown, the charts inline as SVG, print styles, no external reference.</summary>
    public string ToHtml() => HtmlPage.Render(this);

    /// <summary>The report in the format a file name asks for (.md or .html).</summary>
    public string Render(string fileName) =>
        fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? ToHtml() : ToMarkdown();

    /// <summary>The SHA-256 of text as the report's files hold it (UTF-8).</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
