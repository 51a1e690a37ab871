namespace LeadScore.Backtest.Legacy;

/// <summary>
/// The original team's Monte Carlo MQLs for one conversion rate (<see cref="LegacyMonteCarlo.Mqls"/>): the mean of
/// the binomial draws, their 2.5th and 97.5th percentiles (numpy's linear interpolation; whole numbers for the
/// published cases, reported as [107, 150] and [114, 158]) and the share of draws above the 2.74% baseline.
/// </summary>
public sealed record LegacyMqlDraws(double Mean, double Lower, double Upper, double ShareAboveBaseline);
