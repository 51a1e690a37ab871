namespace LeadScore.Backtest.Legacy;

/// <summary>
/// The original team's "statistical confidence" that D beats C (<see cref="LegacyMonteCarlo.Confidence"/>): the share
/// of passes with d* &gt; c*, the 2.5th and 97.5th percentiles of each rate's normal draws (their "95% CI"), and the
/// closed form Φ((d − c)/√((0.1c)² + (0.1d)²)) the simulation approximates. Not a significance test.
/// </summary>
public sealed record LegacyConfidence(
    double Confidence, double LowerC, double UpperC, double LowerD, double UpperD, double ClosedForm);
