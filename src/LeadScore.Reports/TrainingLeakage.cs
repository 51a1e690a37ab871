using System.Text.Json;
using System.Text.Json.Nodes;
using LeadScore.Models;

namespace LeadScore.Reports;

/// <summary>One feature's line of a training run's leakage check: whether it was flagged, and the check's verdict.</summary>
public sealed record LeakageNote(string Feature, bool Flagged, string Verdict);

/// <summary>
/// What training's leakage check recorded for a version (<c>leakage.json</c> of its model directory): the features
/// it dropped as leaky and every feature's verdict.
/// </summary>
public sealed record TrainingLeakage(IReadOnlyList<string> Dropped, IReadOnlyList<LeakageNote> Features)
{
    /// <summary>The features flagged as leaky (whether or not training dropped them).</summary>
    public IReadOnlyList<LeakageNote> Flagged => Features.Where(f => f.Flagged).ToArray();

    /// <summary>The leakage report in a version folder; null when training recorded none (a model trained elsewhere).</summary>
    /// <exception cref="ModelDirectoryException">The file is there but unreadable.</exception>
    public static TrainingLeakage? Read(string folder)
    {
        var path = Path.Combine(folder, ModelDirectory.LeakageFile);
        if (!File.Exists(path)) return null;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new JsonException("empty");
            var dropped = (root["dropped"] as JsonArray ?? []).Select(d => d!.GetValue<string>()).ToArray();
            var features = (root["features"] as JsonArray ?? []).Select(f => new LeakageNote(
                f!["feature"]?.GetValue<string>() ?? "?", f["flagged"]?.GetValue<bool>() ?? false, f["verdict"]?.GetValue<string>() ?? "")).ToArray();
            return new TrainingLeakage(dropped, features);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw ModelDirectoryException.Unreadable(path, e.Message);
        }
    }
}
