using System.Text.RegularExpressions;

namespace LeadScore.Charts;

/// <summary>
/// A chart's SVG made fit to sit inside an HTML page: without its XML declaration and namespace declarations (an
/// HTML parser places &lt;svg&gt; in the SVG namespace itself, and the page must name no URL at all), and with its
/// element ids renamed by figure and order of appearance, so that two charts in one page never share an id and the
/// same chart always gets the same ids.
/// </summary>
public static partial class InlineSvg
{
    public static string Of(string svg, string prefix)
    {
        svg = XmlDeclaration().Replace(svg, "");
        svg = Namespace().Replace(svg, "");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Id().Matches(svg))
            ids.TryAdd(m.Groups[1].Value, $"{prefix}-{ids.Count + 1}");
        svg = Id().Replace(svg, m => $"id=\"{ids[m.Groups[1].Value]}\"");
        svg = Reference().Replace(svg, m => ids.TryGetValue(m.Groups[2].Value, out var id) ? $"{m.Groups[1].Value}#{id}{m.Groups[3].Value}" : m.Value);
        return svg.Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"(url\(|href="")#([^)""]+)(\)|"")")]
    private static partial Regex Reference();
}
