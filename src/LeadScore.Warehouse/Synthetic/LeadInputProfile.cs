using System.Globalization;
using LeadScore.Data;

namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// Shares and medians of the labelled leads' raw inputs (has_email, rep type, tenure, mobility, firm size, the 9999
/// sentinel, …), measured the same way on a warehouse's raw tables (point in time, spec §2.2–2.3) and on a real V4.1
/// feature parquet, so a synthetic world can be compared with the real one.
/// </summary>
public sealed record LeadInputProfile(IReadOnlyList<(string Name, double? Value)> Values)
{
    /// <summary>Measures the labelled leads of the warehouse's raw tables.</summary>
    public static LeadInputProfile Measure(Warehouse warehouse) =>
        Read(warehouse, Warehouse.Script("lead_inputs_raw") + Warehouse.Script("lead_inputs_profile"));

    /// <summary>Reads the same figures from a V4.1 feature parquet (e.g. leads_v41.parquet), through the warehouse's DuckDB.</summary>
    public static LeadInputProfile FromFeatures(Warehouse warehouse, string parquet) =>
        Read(warehouse, Warehouse.Script("lead_inputs_features").Replace("{0}", Sql.Literal(parquet), StringComparison.Ordinal) + Warehouse.Script("lead_inputs_profile"));

    public double? this[string name] => Values.First(v => v.Name == name).Value;

    /// <summary>Name, this profile's value and the other's, formatted side by side (shares as percentages).</summary>
    public IEnumerable<(string Name, string This, string Other)> Compare(LeadInputProfile other) =>
        Values.Select(v => (v.Name, Format(v.Name, v.Value), Format(v.Name, other[v.Name])));

    private static string Format(string name, double? value) =>
        value is not { } v ? "-"
        : name is "labelled_leads" || name.Contains("median", StringComparison.Ordinal) || name.Contains("p90", StringComparison.Ordinal)
            ? v.ToString("N0", CultureInfo.InvariantCulture)
            : v.ToString("P1", CultureInfo.InvariantCulture);

    private static LeadInputProfile Read(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        using var reader = command.ExecuteReader();
        reader.Read();
        var values = new List<(string, double?)>();
        for (int i = 0; i < reader.FieldCount; i++)
            values.Add((reader.GetName(i), reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture)));
        return new LeadInputProfile(values);
    }
}
