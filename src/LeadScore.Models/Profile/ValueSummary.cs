using LeadScore.Metrics;

namespace LeadScore.Models.Profile;

/// <summary>Minimum, mean, median and maximum of the non-missing values of a sample, and how many were missing.</summary>
public sealed record ValueSummary(double Min, double Mean, double Median, double Max, long Missing)
{
    /// <summary>The summary of <paramref name="values"/>; all-missing gives NaN statistics.</summary>
    public static ValueSummary Of(ReadOnlySpan<double> values)
    {
        var present = new List<double>(values.Length);
        double sum = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            present.Add(v);
            sum += v;
        }
        if (present.Count == 0) return new ValueSummary(double.NaN, double.NaN, double.NaN, double.NaN, values.Length);
        var sorted = present.ToArray();
        Array.Sort(sorted);
        return new ValueSummary(sorted[0], sum / sorted.Length, Quantile.Linear(sorted, 0.5), sorted[^1], values.Length - sorted.Length);
    }
}
