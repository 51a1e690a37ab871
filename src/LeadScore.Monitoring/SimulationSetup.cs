namespace LeadScore.Monitoring;

/// <summary>
/// How <see cref="RuleSimulation"/> plays a month: the list's leads contacted evenly over the working days, a
/// monitor run every day of the month, and the healthy and degraded worlds drawn from the same random numbers.
/// </summary>
/// <param name="Months">Simulated months per world (the rates' standard error is at most 0.5/√Months).</param>
/// <param name="Seed">The <see cref="LeadScore.Metrics.RandomStream"/> seed; month m draws from stream m, so results are reproducible.</param>
/// <param name="WorkingDays">Days the leads are contacted on (weekdays from a Monday).</param>
/// <param name="LookDays">Daily monitor runs from the list's first day (31: the month).</param>
/// <param name="TopDecileShare">Share of the list in the champion's top decile (280 of 2,800).</param>
/// <param name="ChallengerOverlap">Share of the champion's top-decile leads also in the challenger's top decile.</param>
/// <param name="LiftKept">The degraded world: the share of its lift over the baseline the champion keeps (0.5 = half lost).</param>
public sealed record SimulationSetup(
    int Months = 2000,
    ulong Seed = 13,
    int WorkingDays = 21,
    int LookDays = 31,
    double TopDecileShare = 0.10,
    double ChallengerOverlap = 0.5,
    double LiftKept = 0.5)
{
    private bool Checked { get; } = Check(Months, WorkingDays, LookDays, TopDecileShare, ChallengerOverlap, LiftKept);

    private static bool Check(int months, int workingDays, int lookDays, double topShare, double overlap, double liftKept)
    {
        if (months < 1) throw MonitoringException.BadCount("number of simulated months", months, "1 or more");
        if (workingDays is < 1 or > 23) throw MonitoringException.BadCount("number of working days", workingDays, "1..23 (weekdays in a month)");
        if (lookDays < 1) throw MonitoringException.BadCount("number of daily looks", lookDays, "1 or more");
        if (!(topShare > 0 && topShare <= 0.5)) throw MonitoringException.OutOfRange("top-decile share", topShare, "(0, 0.5]");
        if (!(overlap >= 0 && overlap < 1)) throw MonitoringException.OutOfRange("challenger overlap", overlap, "[0, 1)");
        if (!(liftKept >= 0 && liftKept < 1)) throw MonitoringException.OutOfRange("share of lift kept", liftKept, "[0, 1)");
        return true;
    }
}
