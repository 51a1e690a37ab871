using System.Net;
using System.Text;
using LeadScore.Charts;
using Markdig;

namespace LeadScore.Reports.Internal;

/// <summary>
/// The HTML form of a report: each section's Markdown rendered by Markdig (tables, task lists), followed by its
/// charts as inline SVG figures, in one page with inline styles for screen and print. It names no URL, so it opens
/// offline and prints as shown. The markup is well-formed XML as well as HTML.
/// </summary>
internal static class HtmlPage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().Build();

    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; font-size: 15px; }
        h1 { font-size: 1.7rem; border-bottom: 3px solid #2b6cb0; padding-bottom: .3rem; }
        h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .88rem; }
        th, td { border: 1px solid #d0d0d0; padding: .25rem .5rem; vertical-align: top; }
        th { background: #f0f4f8; text-align: left; }
        tr:nth-child(even) td { background: #fafafa; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; background: #f3f3f3; padding: 0 .2em; word-break: break-all; }
        blockquote { margin: .8rem 0; padding: .4rem 1rem; border-left: 4px solid #d97706; background: #fff8eb; }
        ul.contains-task-list { list-style: none; padding-left: 1.2rem; }
        li.task-list-item input { margin-right: .4rem; }
        figure { margin: 1rem 0 1.6rem; page-break-inside: avoid; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: .85rem; color: #555; }
        footer { margin-top: 3rem; font-size: .8rem; color: #666; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          h2 { page-break-after: avoid; break-after: avoid; }
          table, tr { page-break-inside: avoid; break-inside: avoid; }
          tr:nth-child(even) td { background: none; }
          code { background: none; }
          @page { size: A4; margin: 15mm; }
        }
        """;

    public static string Render(ReadinessReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        sb.Append($"<title>{WebUtility.HtmlEncode(report.Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        int figure = 0;
        foreach (var section in report.Sections)
        {
            sb.Append($"<section>\n{Markdown.ToHtml(section.Markdown, Pipeline)}");
            foreach (var f in section.Figures)
            {
                figure++;
                sb.Append($"<figure>\n{InlineSvg.Of(f.Chart.Svg(), $"figure{figure}")}\n<figcaption>Figure {figure}. {WebUtility.HtmlEncode(f.Caption)}</figcaption>\n</figure>\n");
            }
            sb.Append("</section>\n");
        }
        sb.Append($"<footer>Generated {ReportNumbers.Time(report.Generated)} by leadscore report readiness from the registry and the evidence named above.</footer>\n");
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
