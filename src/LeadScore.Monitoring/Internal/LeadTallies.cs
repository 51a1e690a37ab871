namespace LeadScore.Monitoring.Internal;

/// <summary>Tallies over real monitored leads, grouped by list and contact day.</summary>
internal sealed class LeadTallies : ILeadTallies
{
    private readonly DateOnly[] starts;
    private readonly string[] ids;
    private readonly List<Period>?[] periods = new List<Period>?[3];
    private readonly int[][] days;
    private readonly LeadRecord[][][] leads;
    private readonly MaturityCurve curve;

    /// <param name="lists">Per list (in order): its id, its first day and its leads by contact day.</param>
    /// <param name="curve">The maturity curve giving each lead's expected observed share.</param>
    public LeadTallies(IReadOnlyList<(string Id, DateOnly Start, SortedDictionary<int, List<LeadRecord>> ByDay)> lists, MaturityCurve curve)
    {
        this.curve = curve;
        ids = lists.Select(l => l.Id).ToArray();
        starts = lists.Select(l => l.Start).ToArray();
        days = lists.Select(l => l.ByDay.Keys.ToArray()).ToArray();
        leads = lists.Select(l => l.ByDay.Values.Select(v => v.ToArray()).ToArray()).ToArray();
    }

    public int Lists => starts.Length;

    public DateOnly ListStart(int list) => starts[list];

    public string ListId(int list) => ids[list];

    public IReadOnlyList<Period> Periods(RuleWindow window) => periods[(int)window] ??= Period.All(this, window);

    public IReadOnlyList<int> ContactDays(int list) => days[list];

    public Tally Count(LeadGroup group, int list, int firstDay, int lastDay, DateOnly asOf)
    {
        var dayList = days[list];
        var now = asOf.DayNumber - starts[list].DayNumber;
        var last = Math.Min(lastDay, now);
        int n = 0, c = 0;
        var exposure = 0.0;
        var i = Array.BinarySearch(dayList, firstDay);
        for (i = i < 0 ? ~i : i; i < dayList.Length && dayList[i] <= last; i++)
        {
            var age = now - dayList[i];
            int dayLeads = 0;
            foreach (var lead in leads[list][i])
            {
                if (!group.Contains(lead.Percentiles)) continue;
                dayLeads++;
                if (lead.Delay >= 0 && lead.Delay <= age) c++;
            }
            n += dayLeads;
            exposure += dayLeads * curve.ObservedShare(age);
        }
        return new Tally(n, c, exposure);
    }
}

/// <summary>One lead: every model's percentile (0 = not scored) and its conversion delay (−1 = no conversion within the horizon).</summary>
internal readonly record struct LeadRecord(int[] Percentiles, int Delay);
