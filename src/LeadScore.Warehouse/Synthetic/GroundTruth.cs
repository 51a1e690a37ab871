using System.Globalization;
using LeadScore.Data.Labeled;
using LeadScore.Warehouse.Features;

namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// What the synthetic generator knows and no model can: each lead's true conversion probability
/// (<c>synth.oracle</c>), the best ranking any model could reach on the same leads.
/// </summary>
public static class GroundTruth
{
    /// <summary>
    /// The true probability and the label of every lead of <c>features.training</c> contacted within
    /// <paramref name="window"/>, in that table's order (contact date, then lead id).
    /// </summary>
    public static (double[] Probabilities, int[] Labels) TrainingLeads(Warehouse warehouse, DateRange window)
    {
        using var command = warehouse.Command($"SELECT o.probability, t.target FROM {FeatureTables.TrainingTable} t JOIN synth.oracle o USING (lead_id) " +
                                              $"WHERE {window.Filter("t.contacted_date")} ORDER BY t.contacted_date, t.lead_id");
        using var reader = command.ExecuteReader();
        var probabilities = new List<double>();
        var labels = new List<int>();
        while (reader.Read())
        {
            probabilities.Add(reader.GetDouble(0));
            labels.Add(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
        }
        return (probabilities.ToArray(), labels.ToArray());
    }

    /// <summary>
    /// The true expected conversions of a published lead list (the sum of <c>synth.advisor_truth</c> over its advisors,
    /// each the probability of converting if contacted as of the list's date), and of the same number of producing
    /// advisors drawn at random (the average times the list's size): how much better than chance the list is.
    /// </summary>
    public static (double List, double Random, long Leads) ListConversions(Warehouse warehouse, string listId)
    {
        using var command = warehouse.Command("SELECT sum(t.probability), count(*), (SELECT avg(probability) FROM synth.advisor_truth) FROM lists.leads l " +
                                              $"JOIN synth.advisor_truth t USING (advisor_crd) WHERE l.list_id = {LeadScore.Data.Sql.Literal(listId)}");
        using var reader = command.ExecuteReader();
        reader.Read();
        long leads = reader.GetInt64(1);
        return (reader.IsDBNull(0) ? 0 : reader.GetDouble(0), reader.IsDBNull(2) ? 0 : reader.GetDouble(2) * leads, leads);
    }
}
