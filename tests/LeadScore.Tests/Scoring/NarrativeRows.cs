using LeadScore.Data;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Scoring.Narratives;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Scoring;

/// <summary>
/// All real V4.1 leads scored and explained with the real R3 model, each row's top-3 exact TreeSHAP reasons as
/// narrative input (null when the fixtures are absent). Built once per test class.
/// </summary>
public sealed class NarrativeRows
{
    /// <summary>Reasons kept per row, as the scoring run keeps them.</summary>
    public const int TopK = 3;

    private readonly Lazy<(ScoredTable Table, Reason[] Reasons)?> scored = new(Score);

    public ScoredTable Table => scored.Value?.Table ?? throw new InvalidOperationException(Fixtures.SkipReason);

    /// <summary>Row-major, <see cref="TopK"/> per row.</summary>
    public Reason[] Reasons => scored.Value?.Reasons ?? throw new InvalidOperationException(Fixtures.SkipReason);

    public ReadOnlySpan<Reason> Of(int row) => Reasons.AsSpan(row * TopK, TopK);

    private static (ScoredTable, Reason[])? Score()
    {
        if (Fixtures.Root is null) return null;
        var model = ModelLoader.Load(Fixtures.Path("models", "v4.1.0_r3", "model.json"));
        var features = BuiltInSchemas.Find("v4.1.0_r3")!.BindTo(model);
        var table = ScoredTable.Score(Fixtures.Path("leads_v41.parquet"), model, features);
        var codes = new ReasonCode[table.Input.Stride * TopK];
        ReasonCodes.TopK(table.Input, table.Scores, 0, table.Count, TopK, codes);
        var reasons = new Reason[table.Count * TopK];
        for (int i = 0; i < reasons.Length; i++)
        {
            var code = codes[i];
            reasons[i] = code.Feature < 0
                ? new Reason(null!, double.NaN, null, 0)
                : new Reason(features[code.Feature].Name, code.Value, features[code.Feature].Label(code.Value), code.Contribution);
        }
        return (table, reasons);
    }
}
