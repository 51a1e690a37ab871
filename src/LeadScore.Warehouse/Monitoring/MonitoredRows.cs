using System.Globalization;
using LeadScore.Warehouse.Features;

namespace LeadScore.Warehouse.Monitoring;

/// <summary>One model's percentile (over every scored advisor) and margin for a monitored lead, from the scoring run the lead's list was built from.</summary>
public sealed record MonitoredScore(string Version, string Role, int Percentile, double Margin);

/// <summary>
/// A lead with its outcome as imported (<c>monitor.outcomes</c>), the published list that produced it, and every model's
/// percentile in that list's scoring run (the champion and each shadow challenger, on the same lead).
/// </summary>
public sealed record MonitoredRow(string LeadId, string ListId, DateOnly ListStart, DateOnly Contacted, DateOnly? Converted, IReadOnlyList<MonitoredScore> Scores);

/// <summary>Reads what monitoring needs from the warehouse: the imported outcomes joined to their lists and scores, and the labelled history the label-maturity curve is learned from.</summary>
public static class MonitoredRows
{
    /// <summary>Every imported lead that a published list produced (of one list, or all), with each model's percentile.</summary>
    public static IReadOnlyList<MonitoredRow> Read(Warehouse warehouse, string? listId = null)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        string filter = listId is null ? "" : $" AND o.list_id = {LeadScore.Data.Sql.Literal(listId)}";
        using var command = warehouse.Command(
            "SELECT o.lead_id, o.list_id, o.contacted_date, o.call_scheduled_date, s.model_version, s.role, s.percentile, s.margin " +
            "FROM monitor.outcomes o JOIN lists.runs r ON r.list_id = o.list_id AND r.status = 'succeeded' " +
            "JOIN scores.prospect_scores s ON s.run_id = r.score_run AND s.advisor_crd = o.advisor_crd " +
            $"WHERE o.list_id IS NOT NULL{filter} ORDER BY o.list_id, o.contacted_date, o.lead_id, s.role, s.model_version");
        using var reader = command.ExecuteReader();
        var rows = new List<MonitoredRow>();
        MonitoredRow? current = null;
        List<MonitoredScore>? scores = null;
        while (reader.Read())
        {
            string lead = reader.GetString(0);
            if (current?.LeadId != lead)
            {
                string list = reader.GetString(1);
                scores = [];
                current = new MonitoredRow(lead, list, FirstDay(list), reader.GetFieldValue<DateOnly>(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), scores);
                rows.Add(current);
            }
            scores!.Add(new MonitoredScore(reader.GetString(4), reader.GetString(5), reader.GetInt32(6), reader.GetDouble(7)));
        }
        return rows;
    }

    /// <summary>The labelled leads' contact and conversion dates (<c>features.training</c>): the history label maturity is learned from.</summary>
    public static IReadOnlyList<(DateOnly Contacted, DateOnly? Converted)> History(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!warehouse.HasTable(FeatureTables.TrainingTable)) return [];
        using var command = warehouse.Command($"SELECT contacted_date, mql_date FROM {FeatureTables.TrainingTable} ORDER BY contacted_date, lead_id");
        using var reader = command.ExecuteReader();
        var history = new List<(DateOnly, DateOnly?)>();
        while (reader.Read()) history.Add((reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1)));
        return history;
    }

    private static DateOnly FirstDay(string listId) =>
        DateOnly.ParseExact(listId + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
