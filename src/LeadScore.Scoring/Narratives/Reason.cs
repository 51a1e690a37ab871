namespace LeadScore.Scoring.Narratives;

/// <summary>
/// One of the top reasons behind an advisor's score, as exact TreeSHAP gives it: the feature (null when the row had
/// fewer non-zero contributions than reasons kept), the advisor's value of it (NaN when missing), the category label
/// of that value for a categorical feature, and its signed contribution in log-odds (positive raised the score).
/// </summary>
public readonly record struct Reason(string Feature, double Value, string? Label, double Contribution);
