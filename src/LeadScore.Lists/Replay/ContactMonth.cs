using System.Globalization;

namespace LeadScore.Lists.Replay;

/// <summary>
/// The leads of one contact month as its list sees them: one pool row per advisor, represented by the advisor's
/// earliest lead of the month (contact date, then lead id); <see cref="Leads"/> holds, per advisor, the indices of all
/// its leads of the month (into the request's leads), which share the advisor's outcome.
/// </summary>
internal sealed record ContactMonth(string Month, DateOnly AsOf, long[] Advisors, int[] Representatives, int[][] Leads)
{
    public int LeadCount => Leads.Sum(l => l.Length);

    /// <summary>The months of the leads, oldest first.</summary>
    public static IReadOnlyList<ContactMonth> Of(IReadOnlyList<ReplayLead> leads) =>
        Enumerable.Range(0, leads.Count)
            .GroupBy(i => new DateOnly(leads[i].ContactedDate.Year, leads[i].ContactedDate.Month, 1))
            .OrderBy(g => g.Key)
            .Select(month =>
            {
                var advisors = month.OrderBy(i => leads[i].ContactedDate).ThenBy(i => leads[i].LeadId, StringComparer.Ordinal)
                    .GroupBy(i => leads[i].AdvisorCrd).Select(a => a.ToArray()).ToArray();
                return new ContactMonth(month.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.Key,
                    advisors.Select(a => leads[a[0]].AdvisorCrd).ToArray(), advisors.Select(a => a[0]).ToArray(), advisors);
            })
            .ToList();
}
