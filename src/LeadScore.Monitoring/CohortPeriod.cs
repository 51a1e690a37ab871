namespace LeadScore.Monitoring;

/// <summary>A period of a lead list: a contact day, a week (days 1–7, 8–14, … from the list's first day) or the whole list.</summary>
/// <param name="Window">Day, week or month (the whole list).</param>
/// <param name="ListId">The list.</param>
/// <param name="ListStart">The list's first day.</param>
/// <param name="Number">1 for the first day or week; always 1 for the list.</param>
/// <param name="First">The period's first day.</param>
/// <param name="Last">The period's last day (for the list: a month after its first day; later contacts still count).</param>
public sealed record CohortPeriod(RuleWindow Window, string ListId, DateOnly ListStart, int Number, DateOnly First, DateOnly Last)
{
    /// <summary>"day 3", "week 2" or "list 2026-01".</summary>
    public string Label => Window switch
    {
        RuleWindow.Day => $"day {Number}",
        RuleWindow.Week => $"week {Number}",
        _ => $"list {ListStart:yyyy-MM}",
    };
}
