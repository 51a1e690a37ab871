using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadScore.Lists.Policy;

/// <summary>
/// How a month's list is built, as data (<c>default.json</c>, <c>original.json</c>, or a user's file): the list size per
/// rep, the switches that choose between the original's behaviour and the rebuild's corrections, the score backfill, the
/// disagreement filter, the caps and the tier quotas (written for 12 reps and scaled to the number of active reps), the
/// assignment method and the tier shares the list must stay within. Unknown fields are refused.
/// </summary>
public sealed partial record ListPolicy(
    string Name,
    string Description,
    int PerSga,
    IReadOnlyList<string> ExcludedSgaNames,
    string? PatternMatch,
    string NullTitles,
    string SmallFirms,
    int RecyclableAfterDays,
    IReadOnlyList<string> ClosedStatuses,
    int DeprioritizeAtOrBelow,
    BackfillPolicy Backfill,
    DisagreementPolicy Disagreement,
    int FirmCap,
    [property: JsonPropertyName("quotas_per_12_sgas")] IReadOnlyDictionary<string, int> QuotasPer12Sgas,
    [property: JsonPropertyName("no_linkedin_cap_per_12_sgas")] int NoLinkedinCapPer12Sgas,
    string Assignment,
    IReadOnlyDictionary<string, double> TierShareMax)
{
    /// <summary>The built-in policies by name.</summary>
    public static readonly IReadOnlyList<string> BuiltInNames = ["default", "original"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>SHA-256 of the policy's file content (hex), recorded with every list built from it.</summary>
    public string Sha256 { get; private init; } = "";

    /// <summary>
    /// Whether patterns match whole words (the rebuild) or any substring (the original): the policy's
    /// <c>pattern_match</c> when it sets one, else the rules file's <c>match</c>.
    /// </summary>
    public bool WholeWords(LeadScore.Lists.Rules.RuleSet rules) =>
        PatternMatch is null ? rules.Match == LeadScore.Lists.Rules.PatternMatch.Word : PatternMatch == "word";

    /// <summary>A built-in policy by name, or a policy file by path.</summary>
    public static ListPolicy Resolve(string nameOrPath) =>
        BuiltInNames.Contains(nameOrPath) ? Parse(Embedded(nameOrPath), $"built-in policy '{nameOrPath}'") : Read(nameOrPath);

    public static ListPolicy Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ListPolicyErrors.Unreadable(path, e.Message);
        }
        return Parse(text, path);
    }

    public static ListPolicy Parse(string text, string source)
    {
        ListPolicy policy;
        try
        {
            policy = JsonSerializer.Deserialize<ListPolicy>(text, Json) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            throw ListPolicyErrors.Invalid(source, e.LineNumber is { } line ? $"line {line + 1}: {Describe(e)}" : Describe(e));
        }
        policy = policy with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))) };
        ListPolicyErrors.Check(policy, source);
        return policy;
    }

    /// <summary>A quota written for 12 reps, scaled to <paramref name="reps"/> and rounded half away from zero (spec §5.2 L).</summary>
    public static int Scale(int per12, int reps) => (int)Math.Round(per12 * reps / 12.0, MidpointRounding.AwayFromZero);

    private static string Describe(JsonException e)
    {
        string message = e.Message.Split(". Path:")[0].Split(" LineNumber:")[0].TrimEnd('.');
        return e.Path is { Length: > 1 } path ? $"{message} (at {path.TrimStart('$', '.')})" : message;
    }

    internal static string Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"policy.{name}.json")
            ?? throw new InvalidOperationException($"policy {name} is not embedded");
        return new StreamReader(stream).ReadToEnd();
    }
}

/// <summary>The score backfill: STANDARD advisors at or above a V4 percentile fill the list as their own tier, up to a quota.</summary>
public sealed record BackfillPolicy(bool Enabled, string Tier, int MinPercentile, double Rate, [property: JsonPropertyName("quota_per_12_sgas")] int QuotaPer12Sgas);

/// <summary>The V3/V4 disagreement filter: leads of these tiers below a V4 percentile are dropped, before or after assignment.</summary>
public sealed record DisagreementPolicy(IReadOnlyList<string> Tiers, int BelowPercentile, string Stage)
{
    public bool BeforeAssignment => Stage == "before-assignment";

    /// <summary>Whether a lead of this V3 tier and V4 percentile disagrees (the filter drops it, at its stage).</summary>
    internal bool Drops(string v3Tier, int percentile) => Tiers.Contains(v3Tier) && percentile < BelowPercentile;
}
