namespace LeadScore.Metrics;

/// <summary>Champion (A) against challenger (B) on the same leads (see <see cref="PairedBootstrap"/>).</summary>
/// <param name="Leads">Leads in the backtest.</param>
/// <param name="SelectedA">Leads the champion's rule selects.</param>
/// <param name="SelectedB">Leads the challenger's rule selects.</param>
/// <param name="RateA">The champion's conversion rate among its selected leads.</param>
/// <param name="RateB">The challenger's conversion rate among its selected leads.</param>
/// <param name="Rate">Difference in conversion rate among the selected, B − A.</param>
/// <param name="TopDecileLift">Difference in top-decile lift, B − A.</param>
/// <param name="Replicates">Bootstrap replicates drawn.</param>
/// <param name="Level">Confidence level of the intervals.</param>
/// <param name="Meaning">One sentence on what the comparison means for a deployment decision.</param>
public sealed record PairedComparison(
    int Leads, int SelectedA, int SelectedB, double RateA, double RateB,
    PairedDifference Rate, PairedDifference TopDecileLift, int Replicates, double Level, string Meaning);
