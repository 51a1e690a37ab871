namespace LeadScore.Lists.Replay;

/// <summary>
/// One side of a replay (a model: the champion, a challenger, random scores): a name and one score per lead, aligned
/// with <see cref="ReplayRequest.Leads"/>; higher is better. The list ranks by the percentile of the scores, so any
/// monotone transform of them (probability, margin) selects the same leads.
/// </summary>
public sealed record ReplayArm(string Name, double[] Scores);
