namespace LeadScore.Monitoring.Internal;

/// <summary>One rule on one model, the same for the monitor and the simulation.</summary>
internal static class Judge
{
    /// <param name="rule">The rule.</param>
    /// <param name="tallies">The leads.</param>
    /// <param name="asOf">The look's date.</param>
    /// <param name="model">The model judged: 0 = the champion, 1.. = a shadow challenger.</param>
    /// <param name="baseline">The rate lifts are measured over.</param>
    /// <param name="drift">PSI readings, for drift rules.</param>
    public static Verdict Of(Rule rule, ILeadTallies tallies, DateOnly asOf, int model, double baseline, IReadOnlyList<PsiReading> drift) =>
        rule.IsDrift ? DriftJudge.Judge(rule, drift, asOf)
        : rule.Evidence == EvidenceStandard.Sequential ? SequentialJudge.Judge(rule, tallies, asOf, model)
        : RateJudge.Judge(rule, tallies, asOf, model, baseline);
}
