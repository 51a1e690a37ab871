using System.Globalization;
using LeadScore.Data;
using LeadScore.Metrics;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>A lead of a published list as synthetic outcomes need it: its Salesforce id, advisor, rep and true probability.</summary>
internal sealed record ListLead(string LeadId, long AdvisorCrd, string RepId, double Probability);

/// <summary>Reads a published list's leads in list order with their advisors' true probabilities.</summary>
internal static class ListLeads
{
    private const ulong IdStream = 0x10_0000_0000UL;

    /// <summary>
    /// The list's leads. A recycled lead keeps its Salesforce id; a new prospect gets an 18-character Lead id ("00Q…")
    /// made from the list's month and rank, the same whatever the seed or scenario, so that later exports of the same
    /// list update the same leads.
    /// </summary>
    public static IReadOnlyList<ListLead> Read(Warehouse warehouse, string listId)
    {
        using var command = warehouse.Command($"SELECT l.list_rank, l.advisor_crd, l.sga_id, l.salesforce_lead_id, t.probability FROM {ListStore.LeadsTable} l " +
                                              $"LEFT JOIN synth.advisor_truth t USING (advisor_crd) WHERE l.list_id = {Sql.Literal(listId)} ORDER BY l.list_rank");
        using var reader = command.ExecuteReader();
        var month = DateOnly.ParseExact(listId + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        int key = month.Year * 12 + month.Month;
        var random = new RandomStream(0, 0);
        var leads = new List<ListLead>();
        while (reader.Read())
        {
            int rank = reader.GetInt32(0);
            long crd = reader.GetInt64(1);
            if (reader.IsDBNull(4)) throw WarehouseException.NoTruth(listId, crd);
            random.Reseed((ulong)key, IdStream + (ulong)rank);
            var id = reader.IsDBNull(3) ? "00Q" + SalesforceId.Body(random, key * 10_000 + rank) : reader.GetString(3);
            leads.Add(new ListLead(id, crd, reader.GetString(2), reader.GetDouble(4)));
        }
        return leads;
    }
}
