using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadScore.Backtest.Legacy;
using LeadScore.Storage;

namespace LeadScore.Backtest;

/// <summary>
/// A backtest as evidence: what was compared (data, window, policy, baseline, list size, bootstrap settings), both
/// arms, every comparison and the verdict, the caveats that apply (notes), and the reproduction of the original's
/// numbers when asked. Written as JSON; the registry keeps that file by its SHA-256 and the readiness report reads it.
/// </summary>
public sealed record BacktestResult(
    string Format,
    DateTime CreatedAt,
    string Data,
    string Window,
    string Policy,
    string PolicyDescription,
    int Leads,
    int Conversions,
    int Months,
    double Baseline,
    string BaselineSource,
    int ListSize,
    int Replicates,
    ulong Seed,
    ArmResult Champion,
    ArmResult Challenger,
    BacktestComparison Comparison,
    IReadOnlyList<string> Notes,
    LegacyResult? Legacy = null)
{
    public const string FormatName = "leadscore-backtest/1";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Writes the result to a file, whole or not at all.</summary>
    public void Write(string path) => AtomicFile.WriteText(path, ToJson());

    /// <summary>Reads a backtest written by <see cref="Write"/>.</summary>
    /// <exception cref="BacktestException">The file is not a leadscore backtest.</exception>
    public static BacktestResult Read(string path)
    {
        try
        {
            var result = JsonSerializer.Deserialize<BacktestResult>(File.ReadAllText(path), Json);
            return result is { Format: FormatName } ? result : throw new BacktestException($"{path} is not a leadscore backtest ({FormatName}); write one with `leadscore backtest --json FILE`.");
        }
        catch (JsonException e)
        {
            throw new BacktestException($"{path} is not a leadscore backtest ({e.Message.Split('.')[0]}); write one with `leadscore backtest --json FILE`.", e);
        }
    }
}
