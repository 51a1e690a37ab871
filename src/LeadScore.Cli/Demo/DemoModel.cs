using LeadScore.Data.Labeled;

namespace LeadScore.Cli.Demo;

/// <summary>One model the demo scores: where it lives, its schema, its own TRAIN and TEST windows.</summary>
public sealed record DemoModel(string Name, string Schema, DateRange Train, DateRange Test, string ReferencePrefix)
{
    /// <summary>The production model: V4.1.0 R3, TEST after a one-month gap (domain spec §4.1).</summary>
    public static DemoModel V41R3 { get; } = new("v4.1.0_r3", "v4.1.0_r3",
        new(new(2024, 2, 1), new(2025, 7, 31)), new(new(2025, 9, 1), new(2025, 10, 31)), "v41r3");

    /// <summary>The baseline it replaced, on its own TEST window without a gap (§4.11).</summary>
    public static DemoModel V400 { get; } = new("v4.0.0", "v4.0.0",
        new(new(2024, 2, 1), new(2025, 7, 31)), new(new(2025, 8, 1), new(2025, 10, 31)), "v40");

    public string ModelPath(string fixtures) => Path.Combine(fixtures, "models", Name, "model.json");
}
