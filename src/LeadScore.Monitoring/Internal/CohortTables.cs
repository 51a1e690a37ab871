namespace LeadScore.Monitoring.Internal;

/// <summary>The report's tables: every model's figures by period and segment, and by score decile.</summary>
internal static class CohortTables
{
    private static readonly Segment[] Segments = [Segment.All, Segment.TopDecile, Segment.BottomFifth];

    public static List<CohortRow> Rows(LeadIndex index, RuleWindow window, DateOnly asOf, double baseline)
    {
        var tallies = index.Tallies;
        var rows = new List<CohortRow>();
        foreach (var period in tallies.Periods(window))
        {
            var cohort = new CohortPeriod(window, tallies.ListId(period.List), tallies.ListStart(period.List), period.Index + 1,
                period.First(tallies), period.Last(tallies));
            var (first, last) = period.Counted(cumulative: false);
            for (var model = 0; model < index.Models.Count; model++)
            {
                foreach (var segment in Segments)
                {
                    var tally = tallies.Count(LeadGroup.Of(segment, model), period.List, first, last, asOf);
                    if (tally.Leads == 0) continue;
                    rows.Add(new CohortRow(index.Models[model].Version, index.Models[model].Role, cohort, segment, ConversionFigures.From(tally, baseline)));
                }
            }
        }
        return rows;
    }

    public static List<DecileRow> Deciles(LeadIndex index, DateOnly asOf, double baseline)
    {
        var tallies = index.Tallies;
        var rows = new List<DecileRow>();
        for (var list = 0; list < tallies.Lists; list++)
        {
            for (var model = 0; model < index.Models.Count; model++)
            {
                for (var decile = 1; decile <= 10; decile++)
                {
                    var tally = tallies.Count(new LeadGroup(GroupKind.Decile, model, Decile: decile), list, 0, int.MaxValue, asOf);
                    if (tally.Leads == 0) continue;
                    rows.Add(new DecileRow(index.Models[model].Version, index.Models[model].Role, tallies.ListId(list), tallies.ListStart(list),
                        decile, ConversionFigures.From(tally, baseline)));
                }
            }
        }
        return rows;
    }
}
