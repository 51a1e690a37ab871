namespace LeadScore.Monitoring.Internal;

/// <summary>
/// The monitored leads as the rules see them: lists, their contact days, and counts of any group over a range of
/// contact days as known on a date. Built from real leads (<see cref="LeadTallies"/>) or from a simulated month
/// (<see cref="SimulatedMonth"/>), so the monitor and the rule simulation judge with the same code.
/// </summary>
internal interface ILeadTallies
{
    int Lists { get; }

    DateOnly ListStart(int list);

    string ListId(int list);

    /// <summary>The window's periods holding contacts, list by list, in order (<see cref="Period.All"/>, computed once).</summary>
    IReadOnlyList<Period> Periods(RuleWindow window);

    /// <summary>Contact days (0 = the list's first day) holding at least one lead, ascending.</summary>
    IReadOnlyList<int> ContactDays(int list);

    /// <summary>The group's leads of a list contacted on days firstDay..lastDay and by asOf, with what is known by asOf.</summary>
    Tally Count(LeadGroup group, int list, int firstDay, int lastDay, DateOnly asOf);
}
