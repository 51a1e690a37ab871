using LeadScore.Monitoring;
using LeadScore.Warehouse.Monitoring;
using Monitor = LeadScore.Monitoring.Monitor;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The monitor's findings as the dashboard shows them (the overview's rule states and the monitoring page): the newest
/// list with imported outcomes, read as <c>leadscore monitor</c> reads it (<see cref="MonitorInputs"/>), judged by the
/// <c>default</c> rules as of the newest date the outcomes know, never later than today.
/// </summary>
public sealed record MonitoringState(MonitorInputs Inputs, MonitorReport Report, RuleSet Rules, DateOnly AsOf, string AsOfSource)
{
    public const string Preset = "default";

    /// <summary>The state, or null when the warehouse holds no imported outcomes yet (nothing to monitor). Without
    /// <paramref name="reliabilities"/> the rules' false-alarm and detection rates are not simulated (the slow part).</summary>
    public static MonitoringState? Read(DashboardData data, bool reliabilities = true)
    {
        var warehouse = data.Warehouse;
        if (!warehouse.HasTable("monitor.outcomes") || warehouse.Count("monitor.outcomes", "list_id IS NOT NULL") == 0) return null;
        var today = DateOnly.FromDateTime(data.Now.UtcDateTime);
        DateOnly newest;
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "SELECT max(greatest(contacted_date, coalesce(call_scheduled_date, contacted_date))) FROM monitor.outcomes WHERE list_id IS NOT NULL";
            newest = command.ExecuteScalar() switch { DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), var other => throw new InvalidOperationException($"monitor.outcomes: unexpected date {other}") };
        }
        var asOf = newest < today ? newest : today;
        var source = newest < today ? "the newest contact or conversion date in the imported outcomes" : "today";
        var inputs = MonitorInputs.Read(warehouse, null, asOf, null);
        var rules = RuleSet.Preset(Preset);
        // Judged without the expectation; the rule simulation (about a second) runs once per process, not once per page.
        var report = Monitor.Evaluate(new MonitorRequest(inputs.Leads, asOf, inputs.Maturity, inputs.Baseline, rules) { Drift = inputs.Drift });
        if (reliabilities) report = SimulatedReliability.Attach(report, rules, inputs.Expectation, inputs.Baseline, inputs.Maturity);
        return new MonitoringState(inputs, report, rules, asOf, source);
    }
}
