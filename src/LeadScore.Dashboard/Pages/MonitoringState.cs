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

    /// <summary>The state, or null when the warehouse holds no imported outcomes yet (nothing to monitor).</summary>
    public static MonitoringState? Read(DashboardData data)
    {
        var warehouse = data.Warehouse;
        if (!warehouse.HasTable("monitor.outcomes") || warehouse.Count("monitor.outcomes", "list_id IS NOT NULL") == 0) return null;
        var today = DateOnly.FromDateTime(data.Now.UtcDateTime);
        DateOnly newest;
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "SELECT max(greatest(contacted_date, coalesce(call_scheduled_date, contacted_date))) FROM monitor.outcomes WHERE list_id IS NOT NULL";
            // DuckDB.NET reads a DATE as DateOnly.
            var value = command.ExecuteScalar();
            newest = value is DateOnly date ? date : DateOnly.FromDateTime((DateTime)value!);
        }
        var asOf = newest < today ? newest : today;
        var source = newest < today ? "the newest contact or conversion date in the imported outcomes" : "today";
        var inputs = MonitorInputs.Read(data.Sources.Database!, null, asOf, null);
        var rules = RuleSet.Preset(Preset);
        // Judged without the expectation, so the rule simulation (about a second) runs once per process, not once per page.
        var report = Monitor.Evaluate(new MonitorRequest(inputs.Leads, asOf, inputs.Maturity, inputs.Baseline, rules) { Drift = inputs.Drift });
        report = SimulatedReliability.Attach(report, rules, inputs.Expectation, inputs.Baseline, inputs.Maturity);
        return new MonitoringState(inputs, report, rules, asOf, source);
    }
}
