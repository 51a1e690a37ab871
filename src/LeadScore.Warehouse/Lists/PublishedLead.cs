using LeadScore.Data;

namespace LeadScore.Warehouse.Lists;

/// <summary>One lead of a published list as a rep works it (a row of <c>lists.leads</c>, the columns a reader of the list needs).</summary>
public sealed record PublishedLead(int Rank, long AdvisorCrd, string? FirstName, string? LastName, string? FirmName, string SgaName, string FinalTier,
    int PriorityRank, double ExpectedRate, double V4Score, int V4Percentile, IReadOnlyList<(string Feature, string? Value)> Reasons, string Narrative)
{
    /// <summary>The leads of <paramref name="listId"/>, by rep then rank; empty when the list has none.</summary>
    public static IReadOnlyList<PublishedLead> Read(Warehouse warehouse, string listId)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!warehouse.HasTable(ListStore.LeadsTable)) return [];
        using var command = warehouse.Command("SELECT list_rank, advisor_crd, first_name, last_name, firm_name, sga_name, final_tier, priority_rank, expected_rate, " +
                                              "v4_score, v4_percentile, reason1_feature, reason1_value, reason2_feature, reason2_value, reason3_feature, reason3_value, v4_narrative " +
                                              $"FROM {ListStore.LeadsTable} WHERE list_id = {Sql.Literal(listId)} ORDER BY sga_name, list_rank");
        using var reader = command.ExecuteReader();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var leads = new List<PublishedLead>();
        while (reader.Read())
        {
            var reasons = new List<(string, string?)>();
            for (int k = 0; k < 3; k++)
                if (Text(11 + 2 * k) is { } feature) reasons.Add((feature, Text(12 + 2 * k)));
            leads.Add(new PublishedLead(reader.GetInt32(0), reader.GetInt64(1), Text(2), Text(3), Text(4), reader.GetString(5), reader.GetString(6),
                reader.GetInt32(7), reader.GetDouble(8), reader.GetDouble(9), reader.GetInt32(10), reasons, reader.GetString(17)));
        }
        return leads;
    }
}
