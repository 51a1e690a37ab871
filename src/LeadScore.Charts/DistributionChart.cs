using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One sample of a distribution chart: its name (e.g. a model version and role) and its values.</summary>
public sealed record DistributionSeries(string Name, IReadOnlyList<double> Values);

/// <summary>A sample already binned (e.g. a backtest's score histogram): its name, the bin edges (one more than the counts) and the rows per bin.</summary>
public sealed record BinnedSeries(string Name, IReadOnlyList<double> Edges, IReadOnlyList<int> Counts);

/// <summary>
/// Distributions drawn over each other on one axis (e.g. the champion's and a challenger's scores in one run): each
/// sample as the share of its rows per bin, a step outline per sample, bins shared by all samples, so shapes compare
/// whatever the sample sizes.
/// </summary>
public static class DistributionChart
{
    private static readonly Color[] Colours = [ChartStyle.Primary, ChartStyle.Reference, Color.FromHex("#2f855a"), Color.FromHex("#805ad5")];

    public static Chart Of(string title, IReadOnlyList<DistributionSeries> series, string xLabel, int bins = 50)
    {
        if (series.Count == 0 || series.Any(s => s.Values.Count == 0)) throw new ArgumentException("every series needs values");
        var finite = series.SelectMany(s => s.Values).Where(double.IsFinite).ToArray();
        double low = finite.Min(), high = finite.Max();
        if (high <= low) high = low + 1;
        double width = (high - low) / bins;
        var plot = ChartStyle.NewPlot(title, xLabel, "share of rows per bin");
        var legend = new List<LegendItem>();
        double top = 0;
        for (int s = 0; s < series.Count; s++)
        {
            var counts = new double[bins];
            foreach (var v in series[s].Values)
                if (double.IsFinite(v)) counts[Math.Min(bins - 1, (int)((v - low) / width))]++;
            var xs = new List<double>();
            var ys = new List<double>();
            for (int b = 0; b < bins; b++)
            {
                double share = counts[b] / series[s].Values.Count;
                top = Math.Max(top, share);
                xs.AddRange([low + b * width, low + (b + 1) * width]);
                ys.AddRange([share, share]);
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LineColor = Colours[s % Colours.Length];
            line.LineWidth = 2;
            line.MarkerSize = 0;
            // Later samples dashed, so a sample lying on an earlier one still shows.
            line.LinePattern = s == 0 ? LinePattern.Solid : LinePattern.Dashed;
            legend.Add(new() { LabelText = series[s].Name, LineColor = line.LineColor, LineWidth = 2, LinePattern = line.LinePattern });
        }
        plot.ShowLegend(legend, Alignment.UpperRight);
        plot.Axes.SetLimits(low, high, 0, top * 1.1);
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>
    /// Samples binned beforehand, each on its own edges: drawn as density (share of rows per unit of the axis), so
    /// samples binned at different widths still compare by area. Every outline is solid, told apart by colour: the
    /// SVG backend draws no dash pattern.
    /// </summary>
    public static Chart OfBins(string title, IReadOnlyList<BinnedSeries> series, string xLabel)
    {
        if (series.Count == 0 || series.Any(s => s.Counts.Count == 0 || s.Edges.Count != s.Counts.Count + 1 || s.Counts.Sum() == 0))
            throw new ArgumentException("every series needs rows and one more edge than bins");
        var plot = ChartStyle.NewPlot(title, xLabel, "density (share of rows per unit)");
        var legend = new List<LegendItem>();
        double top = 0;
        for (int s = 0; s < series.Count; s++)
        {
            double total = series[s].Counts.Sum();
            var xs = new List<double>();
            var ys = new List<double>();
            for (int b = 0; b < series[s].Counts.Count; b++)
            {
                double width = series[s].Edges[b + 1] - series[s].Edges[b];
                double density = width > 0 ? series[s].Counts[b] / total / width : 0;
                top = Math.Max(top, density);
                xs.AddRange([series[s].Edges[b], series[s].Edges[b + 1]]);
                ys.AddRange([density, density]);
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LineColor = Colours[s % Colours.Length];
            line.LineWidth = 2;
            line.MarkerSize = 0;
            legend.Add(new() { LabelText = series[s].Name, LineColor = line.LineColor, LineWidth = 2 });
        }
        plot.ShowLegend(legend, Alignment.UpperRight);
        double low = series.Min(s => s.Edges[0]), high = series.Max(s => s.Edges[^1]);
        plot.Axes.SetLimits(low, high > low ? high : low + 1, 0, top > 0 ? top * 1.1 : 1);
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
