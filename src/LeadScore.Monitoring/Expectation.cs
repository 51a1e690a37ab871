namespace LeadScore.Monitoring;

/// <summary>
/// What the backtest and the list expect of the champion at the current volume; the rule simulation draws its
/// healthy and degraded months from it (<see cref="RuleSimulation"/>).
/// </summary>
/// <param name="OverallRate">The list's expected conversion rate (the seed: 4.83%).</param>
/// <param name="TopDecileRate">The expected rate of the leads in the champion's top decile.</param>
/// <param name="TopDecileLift">The top-decile rate over the list's overall rate (the backtest's definition, spec §4.5;
/// the seed: 2.03×). The monitor's measured lift is over the request's baseline instead, as the seed's monitoring query.</param>
/// <param name="BottomFifthRate">The expected rate of the bottom fifth (the seed: 1.40%); the list skips the champion's
/// bottom fifth, so the simulation does not use it.</param>
/// <param name="LeadsPerMonth">Leads contacted a month (14 reps × 200 = 2,800).</param>
public sealed record Expectation(double OverallRate, double TopDecileRate, double TopDecileLift, double BottomFifthRate, int LeadsPerMonth)
{
    private bool Checked { get; } = Check(OverallRate, TopDecileRate, TopDecileLift, BottomFifthRate, LeadsPerMonth);

    /// <summary>The seed's expectation (spec §8.5): 4.83% overall, a top decile at 2.03× that (9.80%), 1.40% in the bottom fifth, 2,800 leads.</summary>
    public static Expectation Seed { get; } = FromLift(0.0483, 2.03, 0.014, 2800);

    /// <summary>An expectation from the overall rate and the top decile's lift over it.</summary>
    /// <exception cref="MonitoringException">A rate outside (0, 1), a lift that puts the top decile above 100%, or no leads.</exception>
    public static Expectation FromLift(double overallRate, double topDecileLift, double bottomFifthRate, int leadsPerMonth) =>
        new(overallRate, overallRate * topDecileLift, topDecileLift, bottomFifthRate, leadsPerMonth);

    private static bool Check(double overall, double top, double lift, double bottom, int leads)
    {
        Rate("expected overall rate", overall);
        Rate("expected top-decile rate", top);
        Rate("expected bottom-fifth rate", bottom);
        if (!(double.IsFinite(lift) && lift > 0)) throw MonitoringException.OutOfRange("expected top-decile lift", lift, "(0, ∞)");
        if (Math.Abs(top - lift * overall) > 0.01 * top) throw MonitoringException.InconsistentExpectation(overall, top, lift);
        if (leads < 1) throw MonitoringException.BadCount("leads per month", leads, "1 or more");
        return true;
    }

    private static void Rate(string name, double rate)
    {
        if (!(rate > 0 && rate < 1)) throw MonitoringException.OutOfRange(name, rate, "(0, 1)");
    }
}
