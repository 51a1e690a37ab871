using ScottPlot;

namespace LeadScore.Charts;

/// <summary>
/// A finished chart, ready to save: SVG for the browser and reports, PNG for documents. Every chart of leadscore is
/// drawn with ScottPlot in the one house style of <see cref="ChartStyle"/>; callers write the bytes where they belong.
/// </summary>
public sealed class Chart
{
    private readonly Plot plot;

    internal Chart(Plot plot, int width, int height)
    {
        this.plot = plot;
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public string Svg() => plot.GetSvgXml(Width, Height);

    public byte[] Png() => plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The chart in the format its file name asks for (.svg or .png).</summary>
    public byte[] Encode(string fileName) =>
        fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? Png() : System.Text.Encoding.UTF8.GetBytes(Svg());
}
