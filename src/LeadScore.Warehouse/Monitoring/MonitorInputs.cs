using System.Globalization;
using System.Text.Json;
using LeadScore.Metrics;
using LeadScore.Monitoring;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Warehouse.Monitoring;

/// <summary>
/// What the monitor reads from the warehouse, and where each figure came from: the list's imported leads with every
/// model's percentile, the maturity curve learned from the labelled history, the baseline, the expectation the rule
/// simulation draws from, and the champion's PSI readings.
/// </summary>
public sealed record MonitorInputs(
    ListRecord List,
    IReadOnlyList<MonitoredLead> Leads,
    MaturityCurve Maturity,
    string MaturitySource,
    double Baseline,
    string BaselineSource,
    Expectation Expectation,
    string ExpectationSource,
    IReadOnlyList<PsiReading> Drift)
{
    // Deciles are read within the list's leads, as the seed's decile query ranks them (NTILE over the list, spec §8.5):
    // each model's percentile is recomputed over the list's leads from its margins, with the one percentile function.
    // A list is the top of the population, so the scoring run's own percentiles would put nearly every lead in its top decile.
    private static List<MonitoredLead> WithinList(IReadOnlyList<MonitoredRow> rows)
    {
        var percentiles = new Dictionary<(string Version, int Row), int>();
        foreach (var version in rows.SelectMany(r => r.Scores.Select(s => s.Version)).Distinct())
        {
            var scored = rows.Select((r, i) => (Row: i, Score: r.Scores.FirstOrDefault(s => s.Version == version))).Where(x => x.Score is not null).ToList();
            var within = Percentile.Of(scored.Select(x => x.Score!.Margin).ToArray());
            for (int k = 0; k < scored.Count; k++) percentiles[(version, scored[k].Row)] = within[k];
        }
        return rows.Select((r, i) => new MonitoredLead(r.LeadId, r.ListId, r.ListStart, r.Contacted, r.Converted,
            r.Scores.Select(s => new ModelScore(s.Version, s.Role == "champion" ? ModelScore.Champion : ModelScore.Shadow, percentiles[(s.Version, i)])).ToList())).ToList();
    }

    public static MonitorInputs Read(string database, string? listId, DateOnly asOf, double? baseline)
    {
        if (asOf > DateOnly.FromDateTime(DateTime.UtcNow))
            throw WarehouseException.MonitorDateInFuture(asOf);
        using var warehouse = Store.OpenExisting(database, readOnly: true);
        return Read(warehouse, listId, asOf, baseline);
    }

    /// <summary>The same, from a warehouse already open (the dashboard's page holds one).</summary>
    public static MonitorInputs Read(Store warehouse, string? listId, DateOnly asOf, double? baseline)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        string database = warehouse.Path;
        if (asOf > DateOnly.FromDateTime(DateTime.UtcNow))
            throw WarehouseException.MonitorDateInFuture(asOf);
        if (!warehouse.HasTable("monitor.outcomes"))
            throw WarehouseException.NoOutcomes(database);
        var rows = MonitoredRows.Read(warehouse, listId);
        if (rows.Count == 0)
            throw WarehouseException.NoListOutcomes(database, listId);
        string id = listId ?? rows.Max(r => r.ListId)!;
        rows = rows.Where(r => r.ListId == id).ToList();
        var list = ListStore.Published(warehouse, id)!;
        if (asOf < rows[0].ListStart)
            throw WarehouseException.MonitorBeforeList(asOf, id, rows[0].ListStart);
        var leads = WithinList(rows);
        var history = MonitoredRows.History(warehouse);
        var (maturity, maturitySource) = history.Count > 0
            ? (MaturityCurve.Learn(history), $"learned from the {history.Count:N0} labelled leads of features.training")
            : (MaturityCurve.Immediate(), "no labelled history (features.training): every conversion is taken as known at once");
        int converted = history.Count(h => h.Converted is not null);
        var (rate, rateSource) = baseline is { } given ? (given, "given with --baseline")
            : history.Count > 0 && converted > 0 ? ((double)converted / history.Count, $"the labelled history's rate ({converted:N0} of {history.Count:N0})")
            : (0.0274, "the seed's 2.74% (no labelled history)");

        using var summary = JsonDocument.Parse(list.Summary);
        double expected = summary.RootElement.GetProperty("expected_conversions").GetDouble();
        long listLeads = summary.RootElement.GetProperty("leads").GetInt64();
        var seed = Expectation.Seed;
        var expectation = Expectation.FromLift(expected / listLeads, seed.TopDecileLift, seed.BottomFifthRate, (int)listLeads);
        string expectationSource = $"the list's expected rate ({expected:0.0} conversions of {listLeads:N0} leads, from its tiers) with the seed's top-decile lift {seed.TopDecileLift:0.00}×";
        var drift = DriftReadings.Read(warehouse).Where(d => d.Model == list.Champion)
            .Select(d => new PsiReading(d.RunId, d.AsOf, d.Feature == "score" ? PsiReading.Score : d.Feature, d.Psi)).ToList();
        return new MonitorInputs(list, leads, maturity, maturitySource, rate, rateSource, expectation, expectationSource, drift);
    }
}
