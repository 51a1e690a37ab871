using System.Globalization;
using LeadScore.Metrics;

namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The empirical distribution of days from contact to scheduled call among the labelled history's conversions within
/// the target's 43 days: <c>features.training</c> (contacted_date, mql_date) when built, else the list leads' stage
/// dates in <c>raw.leads</c>. A draw picks one of them uniformly (a bootstrap of the history's delays).
/// </summary>
internal sealed class ConversionDelays
{
    public const int Window = 43;

    private readonly int[] days;

    private ConversionDelays(int[] days, string source)
    {
        this.days = days;
        Source = source;
    }

    public string Source { get; }

    public int Count => days.Length;

    public int Median => days[(days.Length - 1) / 2];

    public int P90 => days[(int)Math.Ceiling(0.9 * days.Length) - 1];

    public int Draw(RandomStream random) => days[random.NextInt(days.Length)];

    public static ConversionDelays Read(Warehouse warehouse)
    {
        var (source, sql) = warehouse.HasTable("features.training")
            ? ("features.training", "SELECT date_diff('day', contacted_date, mql_date) FROM features.training WHERE mql_date IS NOT NULL")
            : ("raw.leads", "SELECT date_diff('day', CAST(stage_entered_contacting__c AS DATE), CAST(stage_entered_call_scheduled__c AS DATE)) FROM raw.leads " +
                            "WHERE NOT coalesce(is_deleted, false) AND (lead_source LIKE '%Provided Lead%' OR lead_source LIKE '%Lead List%')");
        using var command = warehouse.Command($"SELECT d FROM ({sql}) AS delays(d) WHERE d BETWEEN 0 AND {Window} ORDER BY d");
        using var reader = command.ExecuteReader();
        var days = new List<int>();
        while (reader.Read()) days.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        return days.Count > 0 ? new ConversionDelays([.. days], source) : throw WarehouseException.NoConversionDelays();
    }
}
