using LeadScore.Charts;
using LeadScore.Dashboard.Html;
using LeadScore.Warehouse.Lists;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>The reps' share of the list, computed from the leads' rows: expected conversions (the sum of their leads' expected rates) and tier mix.</summary>
public sealed partial class LeadListPage
{
    private static void Reps(PageWriter page, ListRecord list, IReadOnlyList<PublishedLead> leads)
    {
        if (leads.Count == 0)
        {
            page.Notice($"List {list.ListId} has no leads in lists.leads.", NoticeKind.Problem);
            return;
        }
        var tiers = leads.GroupBy(l => l.FinalTier).OrderBy(g => g.Min(l => l.PriorityRank)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var reps = leads.GroupBy(l => l.SgaName).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        page.Chart(RepBalanceChart.Of($"list {list.ListId}: expected conversions per rep",
                tiers, reps.Select(r => new RepBar(r.Key, tiers.Select(t => r.Where(l => l.FinalTier == t).Sum(l => l.ExpectedRate)).ToList())).ToList()),
            "Each bar is a rep's expected conversions (the sum of their leads' tier rates), split by what each tier brings: equal heights mean a fair split.");

        var table = new HtmlTable("rep-loads", ["rep", "leads", "expected conversions", .. tiers.Select(Short)]);
        foreach (var r in reps)
            table.Row([r.Key, Cell.Number(r.Count()), Cell.Number(r.Sum(l => l.ExpectedRate), "0.00"), .. tiers.Select(t => Cell.Number(r.Count(l => l.FinalTier == t)))]);
        page.Table(table);
        page.Paragraph($"All {reps.Count} reps: {N(leads.Count)} leads, {F(leads.Sum(l => l.ExpectedRate), "0.0")} expected conversions; " +
                       $"the busiest rep expects {F(reps.Max(r => r.Sum(l => l.ExpectedRate)), "0.00")}, the least busy {F(reps.Min(r => r.Sum(l => l.ExpectedRate)), "0.00")}.");

        page.Paragraph("Tier columns: leads of each tier (TIER_1A_PRIME_MOVER_CFP is \"Tier 1A\"; the full names are below).");
        page.Heading("Tier mix");
        var mix = new HtmlTable("tiers", ["tier", "leads", "share", "expected rate", "expected conversions"]) { Sortable = false };
        foreach (var t in tiers)
        {
            var of = leads.Where(l => l.FinalTier == t).ToList();
            mix.Row(t, Cell.Number(of.Count), Cell.Percent(of.Count / (double)leads.Count, 1), Cell.Percent(of.Average(l => l.ExpectedRate)), Cell.Number(of.Sum(l => l.ExpectedRate), "0.0"));
        }
        page.Table(mix);
    }

    /// <summary>A tier's short name for a column heading: TIER_1A_PRIME_MOVER_CFP is "Tier 1A"; other names stay whole.</summary>
    private static string Short(string tier)
    {
        var parts = tier.Split('_');
        return parts.Length > 1 && parts[0] == "TIER" ? $"Tier {parts[1]}" : tier;
    }
}
