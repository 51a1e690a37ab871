using System.Globalization;
using LeadScore.Data;

namespace LeadScore.Warehouse.Scores;

/// <summary>
/// One model's score distribution in a published run, binned in the warehouse: the score is the calibrated probability
/// where the model has a calibrator, else the probability (as the run shows it); every model of the run shares the
/// same edges, from the run's lowest score to its highest.
/// </summary>
public sealed record RunScoreHistogram(string ModelVersion, string Role, IReadOnlyList<double> Edges, IReadOnlyList<int> Counts)
{
    /// <summary>Each model's histogram of <paramref name="runId"/>'s published rows, the champion first; empty when the run has none.</summary>
    public static IReadOnlyList<RunScoreHistogram> Read(Warehouse warehouse, string runId, int bins = 50)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (!warehouse.HasTable(ScoreStore.ScoresTable)) return [];
        // Binned by DuckDB: 281k advisors × every model stay in the warehouse, only bins × models rows come back.
        using var command = warehouse.Command(
            $"WITH s AS (SELECT model_version, role, coalesce(calibrated_probability, probability) AS score FROM {ScoreStore.ScoresTable} " +
            $"WHERE run_id = {Sql.Literal(runId)}), r AS (SELECT min(score) AS lo, max(score) AS hi FROM s), " +
            $"b AS (SELECT s.model_version, s.role, CASE WHEN r.hi > r.lo THEN least({bins - 1}, CAST(floor((s.score - r.lo) / ((r.hi - r.lo) / {bins})) AS INTEGER)) ELSE 0 END AS bin " +
            "FROM s, r) SELECT b.model_version, b.role, b.bin, count(*) AS n, (SELECT lo FROM r), (SELECT hi FROM r) FROM b " +
            "GROUP BY b.model_version, b.role, b.bin ORDER BY b.role <> 'champion', b.model_version, b.bin");
        using var reader = command.ExecuteReader();
        var counts = new List<(string Version, string Role, int[] Counts)>();
        double low = 0, high = 0;
        while (reader.Read())
        {
            string version = reader.GetString(0);
            if (counts.Count == 0 || counts[^1].Version != version) counts.Add((version, reader.GetString(1), new int[bins]));
            counts[^1].Counts[reader.GetInt32(2)] = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
            low = reader.GetDouble(4);
            high = reader.GetDouble(5);
        }
        if (high <= low) high = low + 1e-9;
        var edges = Enumerable.Range(0, bins + 1).Select(b => b == bins ? high : low + b * (high - low) / bins).ToArray();
        return counts.Select(c => new RunScoreHistogram(c.Version, c.Role, edges, c.Counts)).ToList();
    }
}
