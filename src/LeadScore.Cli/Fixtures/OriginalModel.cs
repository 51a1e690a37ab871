using LeadScore.Data.Labeled;
using LeadScore.Engine.Schema;

namespace LeadScore.Cli.Fixtures;

/// <summary>One of the original team's models in the fixtures: its folder name, built-in schema, TRAIN and TEST windows.</summary>
public sealed record OriginalModel(string Name, string Schema, DateRange Train, DateRange Test, string ReferencePrefix)
{
    /// <summary>The production model: V4.1.0 R3, TEST after a one-month gap (domain spec §4.1).</summary>
    public static OriginalModel V41R3 { get; } = new("v4.1.0_r3", "v4.1.0_r3", PublishedFigures.V41Train, PublishedFigures.V41Test, "v41r3");

    /// <summary>The baseline it replaced, on its own TEST window without a gap (§4.11).</summary>
    public static OriginalModel V400 { get; } = new("v4.0.0", "v4.0.0", PublishedFigures.V41Train, PublishedFigures.V400Test, "v40");

    /// <summary>The model's features in model order, by the names the feature tables give them (its built-in schema).</summary>
    public IReadOnlyList<string> Features => BuiltInSchemas.Find(Schema)!.Features.Select(f => f.Name).ToArray();

    public string ModelPath(string fixtures) => Path.Combine(fixtures, "models", Name, LeadScore.Models.ModelDirectory.XGBoostModelFile);
}
