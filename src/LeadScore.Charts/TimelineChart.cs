using System.Globalization;
using ScottPlot;

namespace LeadScore.Charts;

/// <summary>What a span of a timeline means, and so its colour: not yet in use, in the shadow, live, retired, pulled, or put away.</summary>
public enum TimelineTone
{
    Waiting,
    Shadow,
    Live,
    Retired,
    Pulled,
    Stored,
}

/// <summary>One category of a timeline's spans (e.g. a model status), named in the legend, drawn in its tone's colour.</summary>
public sealed record TimelineCategory(string Name, TimelineTone Tone);

/// <summary>One span of a row: from when to when it was in a category.</summary>
public sealed record TimelineSpan(DateTimeOffset From, DateTimeOffset To, TimelineCategory Category);

/// <summary>One row of a timeline (e.g. a model version) and its spans, oldest first.</summary>
public sealed record TimelineRow(string Name, IReadOnlyList<TimelineSpan> Spans);

/// <summary>
/// Who was in which state when: one horizontal band per row, each span coloured by its category's tone, time running
/// left to right up to <c>now</c> (a vertical line at the right edge), the first row at the top.
/// </summary>
public static class TimelineChart
{
    private static readonly Dictionary<TimelineTone, Color> Tones = new()
    {
        [TimelineTone.Waiting] = Color.FromHex("#cbd5e0"),
        [TimelineTone.Shadow] = ChartStyle.Reference,
        [TimelineTone.Live] = Color.FromHex("#2f855a"),
        [TimelineTone.Retired] = ChartStyle.Muted,
        [TimelineTone.Pulled] = Color.FromHex("#c53030"),
        [TimelineTone.Stored] = Color.FromHex("#718096"),
    };

    public static Chart Of(string title, IReadOnlyList<TimelineRow> rows, DateTimeOffset now, string nowLabel = "now")
    {
        if (rows.Count == 0 || rows.Any(r => r.Spans.Count == 0)) throw new ArgumentException("a timeline needs at least one row, each with a span");
        var first = rows.SelectMany(r => r.Spans).Min(s => s.From);
        double start = Days(first, first), end = Math.Max(Days(now, first), 1);
        double minimum = (end - start) / 400;
        var plot = ChartStyle.NewPlot(title, "", "");
        for (int r = 0; r < rows.Count; r++)
        {
            double y = rows.Count - 1 - r;
            foreach (var span in rows[r].Spans)
            {
                double from = Days(span.From, first), to = Math.Max(Days(span.To, first), from + minimum);
                var band = plot.Add.Rectangle(from, to, y - 0.32, y + 0.32);
                band.FillColor = Tones[span.Category.Tone];
                band.LineWidth = 0;
            }
        }
        plot.Add.VerticalLine(end, 1.5f, ChartStyle.Ink);
        var legend = rows.SelectMany(r => r.Spans).Select(s => s.Category).Distinct().OrderBy(c => c.Tone)
            .Select(c => new LegendItem { LabelText = c.Name, FillColor = Tones[c.Tone] }).ToList();
        legend.Add(new() { LabelText = nowLabel, LineColor = ChartStyle.Ink, LineWidth = 1.5f });
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Edge.Right);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i)).ToArray(), rows.Select(r => r.Name).ToArray());
        var ticks = Ticks(first, end);
        plot.Axes.Bottom.SetTicks(ticks.Select(t => t.Days).ToArray(), ticks.Select(t => t.Label).ToArray());
        double margin = (end - start) * 0.01;
        plot.Axes.SetLimits(start - margin, end + margin, -0.6, rows.Count - 0.4);
        return new Chart(plot, ChartStyle.Width + 360, Math.Max(220, 110 + 42 * rows.Count));
    }

    private static double Days(DateTimeOffset time, DateTimeOffset origin) => (time - origin).TotalDays;

    // Dates at a round step (a day, a week, a month, a quarter or a year) that gives at most eight ticks.
    private static List<(double Days, string Label)> Ticks(DateTimeOffset origin, double endDays)
    {
        var from = origin.UtcDateTime.Date;
        var to = origin.UtcDateTime.AddDays(endDays);
        int[] daySteps = [1, 2, 7, 14];
        int[] monthSteps = [1, 3, 6, 12];
        var ticks = new List<(double, string)>();
        int? days = daySteps.Cast<int?>().FirstOrDefault(s => endDays / s!.Value <= 8);
        if (days is { } d)
            for (var t = from; t <= to; t = t.AddDays(d)) ticks.Add(((t - origin.UtcDateTime).TotalDays, t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        else
        {
            int months = monthSteps.FirstOrDefault(s => endDays / (30.4 * s) <= 8, 24);
            var month = new DateTime(from.Year, (from.Month - 1) / months * months % 12 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var t = month; t <= to; t = t.AddMonths(months))
                if (t >= from) ticks.Add(((t - origin.UtcDateTime).TotalDays, t.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }
        return ticks;
    }
}
