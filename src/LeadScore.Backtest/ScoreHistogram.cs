namespace LeadScore.Backtest;

/// <summary>A model's scores on the backtest's leads in equal-width bins (for the report's distribution chart): the bin edges and how many leads, and how many converted, in each.</summary>
public sealed record ScoreHistogram(double[] Edges, int[] Leads, int[] Conversions)
{
    public static ScoreHistogram Of(double[] scores, int[] labels, int bins = 20)
    {
        double min = scores.Min(), max = scores.Max();
        double width = max > min ? (max - min) / bins : 1;
        var edges = Enumerable.Range(0, bins + 1).Select(i => min + i * width).ToArray();
        var leads = new int[bins];
        var conversions = new int[bins];
        for (int i = 0; i < scores.Length; i++)
        {
            int b = Math.Clamp((int)((scores[i] - min) / width), 0, bins - 1);
            leads[b]++;
            conversions[b] += labels[i];
        }
        return new ScoreHistogram(edges, leads, conversions);
    }
}
