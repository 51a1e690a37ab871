namespace LeadScore.Monitoring.Internal;

/// <summary>
/// One period of a list: its contact days FirstDay..LastDay (0 = the list's first day). A month is the whole list:
/// it ends a month after the first day, and it counts the list's later contacts too.
/// </summary>
internal readonly record struct Period(int List, RuleWindow Window, int Index, int FirstDay, int LastDay)
{
    public DateOnly First(ILeadTallies tallies) => tallies.ListStart(List).AddDays(FirstDay);

    public DateOnly Last(ILeadTallies tallies) => tallies.ListStart(List).AddDays(LastDay);

    /// <summary>Whether the period has ended by <paramref name="asOf"/>, so a rule may judge it.</summary>
    public bool Ended(ILeadTallies tallies, DateOnly asOf) => Last(tallies) <= asOf;

    /// <summary>The contact days a figure of this period counts: the period's own, or from the list's first day.</summary>
    public (int First, int Last) Counted(bool cumulative) =>
        Window == RuleWindow.Month ? (0, int.MaxValue) : (cumulative ? 0 : FirstDay, LastDay);

    /// <summary>"day 3", "week 2" or "the list of 2026-01-05" (days and weeks count from 1).</summary>
    public string Label(ILeadTallies tallies) => Window switch
    {
        RuleWindow.Day => $"day {Index + 1} ({First(tallies):yyyy-MM-dd})",
        RuleWindow.Week => $"week {Index + 1} ({First(tallies):yyyy-MM-dd}–{Last(tallies):MM-dd})",
        _ => $"the list of {First(tallies):yyyy-MM-dd}",
    };

    /// <summary>Every period of the window holding contacts, list by list, in order.</summary>
    public static List<Period> All(ILeadTallies tallies, RuleWindow window)
    {
        var periods = new List<Period>();
        for (var list = 0; list < tallies.Lists; list++)
        {
            var days = tallies.ContactDays(list);
            if (days.Count == 0) continue;
            switch (window)
            {
                case RuleWindow.Day:
                    foreach (var day in days) periods.Add(new Period(list, window, day, day, day));
                    break;
                case RuleWindow.Week:
                    foreach (var week in days.Select(d => d / 7).Distinct())
                        periods.Add(new Period(list, window, week, 7 * week, 7 * week + 6));
                    break;
                default:
                    var start = tallies.ListStart(list);
                    periods.Add(new Period(list, window, 0, 0, start.AddMonths(1).AddDays(-1).DayNumber - start.DayNumber));
                    break;
            }
        }
        return periods;
    }
}
