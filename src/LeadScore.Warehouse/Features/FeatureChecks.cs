using System.Globalization;
using LeadScore.Data;

namespace LeadScore.Warehouse.Features;

/// <summary>One check on the training feature table: what was measured, against what, and whether it held.</summary>
public sealed record FeatureCheck(string Id, string Description, string Value, bool Passed);

/// <summary>
/// The original's G4 checks on <c>features.training</c>, in leadscore's terms (domain spec §2.6):
/// G4.1 no firm start after the contact (tenure and days since the move are never negative);
/// G4.2 no negative <c>days_since_last_move</c>; G4.3 no feature correlates with the target by |r| ≥ 0.3, a sign of
/// leakage; G4.4 a spot check that 100 leads computed on their own get exactly the values of the full build.
/// </summary>
public static class FeatureChecks
{
    public const double MaxCorrelation = 0.3;
    private const int SpotCheckLeads = 100;

    public static IReadOnlyList<FeatureCheck> Run(Warehouse warehouse)
    {
        var table = FeatureTables.TrainingTable;
        long negativeTenure = Scalar(warehouse, $"SELECT count(*) FROM {table} WHERE tenure_months < 0 OR days_since_last_move < 0");
        long negativeDays = Scalar(warehouse, $"SELECT count(*) FROM {table} WHERE days_since_last_move < 0");
        var (feature, r) = StrongestCorrelation(warehouse, table);
        long differing = SpotCheck(warehouse, table);
        return
        [
            new("G4.1", "leads whose firm started after the contact (negative tenure)", negativeTenure.ToString("N0", CultureInfo.InvariantCulture), negativeTenure == 0),
            new("G4.2", "negative days_since_last_move", negativeDays.ToString("N0", CultureInfo.InvariantCulture), negativeDays == 0),
            new("G4.3", $"largest |correlation| of a feature with the target (< {MaxCorrelation})", $"{feature} {r:+0.000;-0.000}", Math.Abs(r) < MaxCorrelation),
            new("G4.4", $"values that differ when {SpotCheckLeads} leads are computed on their own", differing.ToString("N0", CultureInfo.InvariantCulture), differing == 0),
        ];
    }

    private static (string Feature, double R) StrongestCorrelation(Warehouse warehouse, string table)
    {
        var columns = new List<string>();
        using (var command = warehouse.Command($"SELECT column_name, column_type FROM (DESCRIBE {table})"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (reader.GetString(1) is "INTEGER" or "BIGINT" or "DOUBLE" && reader.GetString(0) is not ("target" or "advisor_crd"))
                    columns.Add(reader.GetString(0));
        using var correlations = warehouse.Command("SELECT " + string.Join(", ", columns.Select(c => $"corr(CAST({Sql.Identifier(c)} AS DOUBLE), CAST(target AS DOUBLE))")) + $" FROM {table}");
        using var row = correlations.ExecuteReader();
        row.Read();
        var best = (Feature: "-", R: 0.0);
        for (int i = 0; i < columns.Count; i++)
        {
            if (row.IsDBNull(i)) continue;
            double r = row.GetDouble(i);
            if (double.IsFinite(r) && Math.Abs(r) > Math.Abs(best.R)) best = (columns[i], r);
        }
        return best;
    }

    // The leads are chosen by a hash of their id: the same ones every time, spread over the whole table.
    private static long SpotCheck(Warehouse warehouse, string table)
    {
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE feature_anchors AS SELECT lead_id AS anchor_id, advisor_crd, contacted_date AS as_of " +
                          $"FROM {table} ORDER BY hash(lead_id) LIMIT {SpotCheckLeads}");
        FeatureTables.Compute(warehouse, FeatureTables.Definition);
        var differs = string.Join(" + ", FeatureTables.FeatureColumns(warehouse).Select(c => $"CAST(f.{Sql.Identifier(c)} IS DISTINCT FROM t.{Sql.Identifier(c)} AS INTEGER)"));
        return Scalar(warehouse, $"SELECT CAST(COALESCE(sum({differs}), 0) AS BIGINT) FROM pit_features f JOIN {table} t ON t.lead_id = f.anchor_id");
    }

    private static long Scalar(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
