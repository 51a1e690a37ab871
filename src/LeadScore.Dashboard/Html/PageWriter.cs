using System.Globalization;
using System.Net;
using System.Text;
using LeadScore.Charts;

namespace LeadScore.Dashboard.Html;

/// <summary>How loud a notice is: information, something that needs attention, or something the page could not read.</summary>
public enum NoticeKind { Info, Attention, Problem }

/// <summary>
/// Builds the body of one dashboard page: headings, figures, tables, charts and notices, every text HTML-escaped.
/// A <see cref="Section"/> that cannot read what it shows says so in its place and the page goes on.
/// </summary>
public sealed class PageWriter
{
    private readonly StringBuilder html = new();
    private int charts;

    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A section of the page with its heading (its element id is <c>section-</c> and the id or the title's slug,
    /// apart from the tables' ids). Whatever the body cannot read (a missing warehouse, a registry
    /// being written) becomes a notice naming what is missing; the rest of the page is still shown.</summary>
    public void Section(string title, Action body, string? id = null)
    {
        html.Append($"<section id=\"section-{Escape(id ?? Slug(title))}\">\n<h2>{Escape(title)}</h2>\n");
        int mark = html.Length;
        try
        {
            body();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            html.Length = mark;
            Problems++;
            Notice($"Not shown: {FirstLine(e.Message)}", NoticeKind.Problem);
        }
        html.Append("</section>\n");
    }

    /// <summary>Sections that could not read what they show (the page is then not kept for later requests).</summary>
    public int Problems { get; private set; }

    public void Heading(string text, int level = 3) => html.Append($"<h{level}>{Escape(text)}</h{level}>\n");

    public void Paragraph(string text, string? cssClass = null) =>
        html.Append(cssClass is null ? $"<p>{Escape(text)}</p>\n" : $"<p class=\"{Escape(cssClass)}\">{Escape(text)}</p>\n");

    /// <summary>Markup the caller built and escaped itself.</summary>
    public void Raw(string markup) => html.Append(markup);

    public void Notice(string text, NoticeKind kind = NoticeKind.Info) =>
        html.Append($"<p class=\"notice {kind.ToString().ToLowerInvariant()}\" role=\"{(kind == NoticeKind.Info ? "note" : "alert")}\">{Escape(text)}</p>\n");

    /// <summary>A row of headline figures: each a label, a value and an optional note under it.</summary>
    public void Figures(params IEnumerable<Figure> figures)
    {
        html.Append("<div class=\"figures\">\n");
        foreach (var f in figures)
            html.Append($"<div class=\"figure{(f.Kind is { } k ? " " + k.ToString().ToLowerInvariant() : "")}\" data-figure=\"{Escape(f.Label)}\"><div class=\"label\">{Escape(f.Label)}</div>" +
                        $"<div class=\"value\">{Escape(f.Value)}</div>{(f.Note is null ? "" : $"<div class=\"note\">{Escape(f.Note)}</div>")}</div>\n");
        html.Append("</div>\n");
    }

    public void Table(HtmlTable table) => html.Append(table.Render());

    /// <summary>A chart drawn by <c>LeadScore.Charts</c>, inline as SVG (no file, no URL), with its caption.</summary>
    public void Chart(Chart chart, string caption)
    {
        charts++;
        html.Append($"<figure class=\"chart\">\n{InlineSvg.Of(chart.Svg(), $"chart{charts}")}\n<figcaption>{Escape(caption)}</figcaption>\n</figure>\n");
    }

    /// <summary>Replaces a marker left earlier with <see cref="Raw"/> (e.g. a summary known only once the sections below it are read).</summary>
    public void Replace(string marker, string markup) => html.Replace(marker, markup);

    public void Link(string href, string text) => html.Append($"<a href=\"{Escape(href)}\">{Escape(text)}</a>");

    public override string ToString() => html.ToString();

    public static string Slug(string title) =>
        string.Concat(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

/// <summary>One headline figure of a page.</summary>
public sealed record Figure(string Label, string Value, string? Note = null, NoticeKind? Kind = null);
