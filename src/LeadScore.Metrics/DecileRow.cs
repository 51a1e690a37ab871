namespace LeadScore.Metrics;

/// <summary>One bin of a <see cref="DecileTable"/>.</summary>
/// <param name="Decile">Bin number; 0 holds the lowest scores.</param>
/// <param name="Count">Rows in the bin.</param>
/// <param name="Conversions">Rows in the bin with label 1.</param>
/// <param name="ConversionRate">Conversions / Count.</param>
/// <param name="Lift">ConversionRate / the overall conversion rate of the evaluated set.</param>
/// <param name="MeanScore">Arithmetic mean of the bin's scores (in double; pandas on float32 prints a float32 mean).</param>
/// <param name="MinScore">Lowest score in the bin.</param>
/// <param name="MaxScore">Highest score in the bin.</param>
public sealed record DecileRow(
    int Decile,
    int Count,
    int Conversions,
    double ConversionRate,
    double Lift,
    double MeanScore,
    double MinScore,
    double MaxScore);
