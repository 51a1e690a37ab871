using LeadScore.Warehouse.Monitoring;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadScore.Monitoring;

namespace LeadScore.Cli.Monitoring;

/// <summary>
/// The monitor's report as JSON: what was measured and what each rule found. It holds no clock time, so the same
/// outcomes, date and rules give the same bytes — the SHA-256 that makes <c>--apply</c> act once per piece of evidence.
/// </summary>
public static class MonitorEvidence
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Json(MonitorInputs inputs, MonitorReport report) => JsonSerializer.Serialize(new
    {
        format = "leadscore-monitor/1",
        list = inputs.List.ListId,
        champion = inputs.List.Champion,
        score_run = inputs.List.ScoreRun,
        as_of = report.AsOf,
        leads = inputs.Leads.Count,
        baseline = inputs.Baseline,
        baseline_source = inputs.BaselineSource,
        maturity = inputs.MaturitySource,
        expectation = inputs.Expectation,
        expectation_source = inputs.ExpectationSource,
        strongest = report.Strongest,
        meaning = report.Meaning,
        rules = report.Rules,
        months = report.Months,
        weeks = report.Weeks,
        deciles = report.Deciles,
    }, Options);
}
