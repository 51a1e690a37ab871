using System.Text;
using System.Text.Json;

namespace LeadScore.Monitoring.Internal;

/// <summary>A rule set as the JSON <see cref="RuleSetReader"/> reads: required fields always, optional ones when not at their default.</summary>
internal static class RuleSetWriter
{
    public static string Write(RuleSet set)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", set.Name);
            json.WriteString("description", set.Description);
            json.WriteStartArray("rules");
            foreach (var rule in set.Rules) Write(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter json, Rule rule)
    {
        json.WriteStartObject();
        json.WriteString("name", rule.Name);
        json.WriteString("description", rule.Description);
        json.WriteString("metric", RuleSpelling.Of(RuleSpelling.Metrics, rule.Metric));
        json.WriteString("window", RuleSpelling.Of(RuleSpelling.Windows, rule.Window));
        json.WriteString("comparison", RuleSpelling.Of(RuleSpelling.Comparisons, rule.Comparison));
        json.WriteNumber("threshold", rule.Threshold);
        json.WriteNumber("consecutive", rule.Consecutive);
        json.WriteString("evidence", RuleSpelling.Of(RuleSpelling.Evidence, rule.Evidence));
        json.WriteString("action", RuleSpelling.Of(RuleSpelling.Actions, rule.Action));
        if (rule.Model != JudgedModel.Champion) json.WriteString("model", RuleSpelling.Of(RuleSpelling.Models, rule.Model));
        if (!rule.AdjustForMaturity) json.WriteBoolean("adjust_for_maturity", false);
        if (rule.Cumulative) json.WriteBoolean("cumulative", true);
        if (rule.Confidence != 0.95) json.WriteNumber("confidence", rule.Confidence);
        if (rule.Evidence == EvidenceStandard.Sequential && rule.MixtureSd != Rule.DefaultMixtureSd) json.WriteNumber("mixture_sd", rule.MixtureSd);
        if (rule.IsDrift && rule.Feature is not null) json.WriteString("feature", rule.Feature);
        if (rule.Metric == RuleMetric.PsiTrend && rule.Runs != 3) json.WriteNumber("runs", rule.Runs);
        json.WriteEndObject();
    }
}
