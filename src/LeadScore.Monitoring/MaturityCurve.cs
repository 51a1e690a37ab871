namespace LeadScore.Monitoring;

/// <summary>
/// How labels mature: the share of a cohort's eventual conversions (calls scheduled within the horizon, 43 days by
/// spec §1.7) already observed k days after contact. A cohort contacted a days before the as-of date should show
/// <see cref="ObservedShare"/>(a) of its eventual conversions by then, so a young cohort is compared with
/// expected rate × share, never with the final rate.
/// </summary>
public sealed class MaturityCurve
{
    // shares[k] = P(delay ≤ k | converted within the horizon), k = 0 .. HorizonDays − 1; 1 from the horizon on.
    private readonly double[] shares;

    private MaturityCurve(double[] shares, int conversions)
    {
        this.shares = shares;
        Conversions = conversions;
    }

    /// <summary>The conversion window in days: a call scheduled later than this after the contact is not a conversion.</summary>
    public int HorizonDays => shares.Length;

    /// <summary>How many conversion delays the curve was learned from (0 for a curve given directly).</summary>
    public int Conversions { get; }

    /// <summary>One sentence on what the curve says.</summary>
    public string Meaning =>
        $"Of the conversions a cohort will show within {HorizonDays} days, {Share(0)} are known on the day of contact, " +
        $"{Share(1)} a day later, {Share(7)} after a week and {Share(21)} after three weeks" +
        (Conversions > 0 ? $" (learned from {Conversions:N0} conversions)." : ".");

    /// <summary>
    /// The empirical distribution of the contact-to-conversion delay among conversions within the horizon. Only
    /// contacts at least <paramref name="horizonDays"/> days older than the history's latest date (latest contact or
    /// conversion) count, so a recent cohort whose slow conversions have not happened yet does not make the curve look
    /// fast. A call scheduled before the contact is not a conversion of that contact (as the labelled leads' default).
    /// </summary>
    /// <exception cref="MonitoringException">A horizon below 1, or no usable conversion.</exception>
    public static MaturityCurve Learn(IEnumerable<(DateOnly Contacted, DateOnly? Converted)> history, int horizonDays = 43)
    {
        if (horizonDays < 1) throw MonitoringException.BadHorizon(horizonDays);
        var leads = history.ToList();
        var latest = DateOnly.MinValue;
        foreach (var (contacted, converted) in leads)
        {
            if (contacted > latest) latest = contacted;
            if (converted is { } c && c > latest) latest = c;
        }
        var counts = new int[horizonDays + 1];
        var total = 0;
        foreach (var (contacted, converted) in leads)
        {
            if (converted is not { } c || latest.DayNumber - contacted.DayNumber < horizonDays) continue;
            var delay = c.DayNumber - contacted.DayNumber;
            if (delay < 0 || delay > horizonDays) continue;
            counts[delay]++;
            total++;
        }
        if (total == 0) throw MonitoringException.NoDelays(leads.Count, horizonDays);
        var shares = new double[horizonDays];
        var cumulative = 0;
        for (var k = 0; k < horizonDays; k++)
        {
            cumulative += counts[k];
            shares[k] = (double)cumulative / total;
        }
        return new MaturityCurve(shares, total);
    }

    /// <summary>Every conversion observed at once (no delay): the seed's behaviour, and a curve for tests.</summary>
    /// <exception cref="MonitoringException">A horizon below 1.</exception>
    public static MaturityCurve Immediate(int horizonDays = 43)
    {
        if (horizonDays < 1) throw MonitoringException.BadHorizon(horizonDays);
        return new MaturityCurve(Enumerable.Repeat(1.0, horizonDays).ToArray(), 0);
    }

    /// <summary>
    /// A curve given directly: <paramref name="shareByDay"/>[k] is the share observed k days after contact, for
    /// k = 0 .. horizon − 1 (the horizon is the list's length); the share is 1 from the horizon on.
    /// </summary>
    /// <exception cref="MonitoringException">No shares, or shares outside [0, 1] or decreasing.</exception>
    public static MaturityCurve FromShares(IReadOnlyList<double> shareByDay)
    {
        if (shareByDay.Count < 1) throw MonitoringException.BadHorizon(0);
        var previous = 0.0;
        for (var k = 0; k < shareByDay.Count; k++)
        {
            var share = shareByDay[k];
            if (!(share >= previous && share <= 1)) throw MonitoringException.BadShares(k, share);
            previous = share;
        }
        return new MaturityCurve(shareByDay.ToArray(), 0);
    }

    /// <summary>
    /// The share of eventual conversions observed <paramref name="daysSinceContact"/> days after contact: 0 before
    /// the contact, non-decreasing, 1 from the horizon on.
    /// </summary>
    public double ObservedShare(int daysSinceContact) =>
        daysSinceContact < 0 ? 0 : daysSinceContact >= shares.Length ? 1 : shares[daysSinceContact];

    /// <summary>A conversion delay in days (0 .. horizon) drawn by inverting the curve at a uniform <paramref name="u"/> in [0, 1).</summary>
    internal int DelayAt(double u)
    {
        int low = 0, high = shares.Length - 1;
        if (u >= shares[high]) return shares.Length;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (shares[mid] > u) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private string Share(int day) => $"{100 * ObservedShare(day):0}%";
}
