namespace LeadScore.Lists.Replay;

/// <summary>
/// One replayed list: the contact month (yyyy-MM), the day its list is built as of (the month's first day), the
/// month's leads and distinct advisors (the pool), and per arm (in the order of the request's arms) the leads its
/// list selected (every lead of a selected advisor counts).
/// </summary>
public sealed record ReplayMonth(string Month, DateOnly AsOf, int Leads, int Advisors, IReadOnlyList<int> SelectedPerArm);
