using LeadScore.Charts;

namespace LeadScore.Reports;

/// <summary>A chart of the report with its caption (drawn in the HTML report; the Markdown carries its numbers as tables).</summary>
public sealed record ReportFigure(string Caption, Chart Chart);

/// <summary>
/// One section of a report: its heading and level (1 for the title), its body as Markdown, and the figures that
/// follow it in the HTML. Both formats are rendered from these sections, so they cannot disagree.
/// </summary>
public sealed record ReportSection(string Heading, int Level, string Body, IReadOnlyList<ReportFigure> Figures)
{
    public ReportSection(string heading, string body) : this(heading, 2, body, []) { }

    /// <summary>The section as Markdown: its heading line, a blank line, the body.</summary>
    public string Markdown => $"{new string('#', Level)} {Heading}\n\n{Body.TrimEnd('\n')}\n";
}
