namespace LeadScore.Monitoring;

/// <summary>
/// The period a rule judges, counted from the list's first day: the leads contacted on one day, in one week (days
/// 1–7, 8–14, …) or in the whole list (its month). A rule looks at a period once it has ended (on the as-of date or
/// before); periods without contacts (weekends) do not count.
/// </summary>
public enum RuleWindow
{
    /// <summary>One contact day.</summary>
    Day,

    /// <summary>Seven days from the list's first day (week 1 = days 1–7).</summary>
    Week,

    /// <summary>The whole list; it ends a month after the list's first day.</summary>
    Month,
}
