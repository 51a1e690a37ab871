using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadScore.Scoring.Checks;

/// <summary>
/// The thresholds of the run checks (<c>default-checks.json</c>, or a file given with <c>--checks</c> that overrides
/// some of them):
/// <list type="bullet">
/// <item><c>psi_warn</c>, <c>psi_fail</c>: population stability of each feature between the training rows and this run;</item>
/// <item><c>score_psi_warn</c>: the same for the margin (a warning only: prospects are not the leads a model trained on);</item>
/// <item><c>min_distinct_percentiles</c>: fewer distinct percentiles fail (collapsed scores);</item>
/// <item><c>max_deprioritized_share</c>: a larger share at percentile ≤ 20 warns (ties at the cut);</item>
/// <item><c>min_distinct_top_reasons_fail</c> / <c>_warn</c>, <c>max_top_reason_share_warn</c>: how varied the first reasons are;</item>
/// <item><c>max_additivity_gap</c>: largest |Σ SHAP + bias − margin| allowed (log-odds).</item>
/// </list>
/// </summary>
public sealed record CheckThresholds(double PsiWarn, double PsiFail, double ScorePsiWarn, int MinDistinctPercentiles, double MaxDeprioritizedShare,
    int MinDistinctTopReasonsFail, int MinDistinctTopReasonsWarn, double MaxTopReasonShareWarn, double MaxAdditivityGap)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static CheckThresholds Defaults { get; } = Parse(Embedded(), "default-checks.json");

    /// <summary>The defaults with the fields of a user's file in place of theirs.</summary>
    public static CheckThresholds Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ScoringRunException.ChecksFile(path, e.Message);
        }
        var merged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Embedded(), Json)!;
        try
        {
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(text, Json) ?? [])
                merged[merged.ContainsKey(key) ? key : throw ScoringRunException.ChecksFile(path, $"unknown field '{key}' (known: {string.Join(", ", merged.Keys)})")] = value;
        }
        catch (JsonException e)
        {
            throw ScoringRunException.ChecksFile(path, e.Message.Split('.')[0]);
        }
        return Parse(JsonSerializer.Serialize(merged), path);
    }

    private static CheckThresholds Parse(string text, string source)
    {
        CheckThresholds t;
        try
        {
            t = JsonSerializer.Deserialize<CheckThresholds>(text, Json) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            throw ScoringRunException.ChecksFile(source, e.Message.Split('.')[0]);
        }
        if (!(t.PsiWarn > 0 && t.PsiFail >= t.PsiWarn)) throw ScoringRunException.ChecksFile(source, "psi_warn must be above 0 and psi_fail at least psi_warn");
        if (t.MinDistinctTopReasonsWarn < t.MinDistinctTopReasonsFail) throw ScoringRunException.ChecksFile(source, "min_distinct_top_reasons_warn must be at least min_distinct_top_reasons_fail");
        return t;
    }

    private static string Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("checks.default.json")
            ?? throw new InvalidOperationException("default-checks.json is not embedded");
        return new StreamReader(stream).ReadToEnd();
    }
}
