using LeadScore.Scoring.Checks;
using LeadScore.Scoring.Narratives;
using LeadScore.Warehouse.Features;

namespace LeadScore.Scoring;

/// <summary>
/// What a monthly scoring run does: score every producing advisor of the warehouse at <paramref name="Database"/> as
/// of <paramref name="AsOf"/> with the champion and each shadow model, check the result against
/// <paramref name="Checks"/>, and publish it under <paramref name="RunId"/>. <paramref name="Reference"/> names
/// training rows (a Parquet or CSV file, or a table of this warehouse) for models whose directory keeps no training
/// profile; <paramref name="ReferenceIdColumn"/> is their id column. <paramref name="FeatureBuild"/> builds
/// <c>features.prospects</c> as of the date (the warehouse's feature definition unless replaced). <paramref name="Engine"/>
/// says where the scores are computed: in process, or inside the warehouse by the compiled model (<see cref="ScoringEngine"/>).
/// </summary>
public sealed record ScoringRequest(string Database, DateOnly AsOf, string RunId, IReadOnlyList<RunModel> Models, CheckThresholds Checks,
    PhraseBook Phrases, string? Reference = null, string ReferenceIdColumn = "lead_id",
    Func<LeadScore.Warehouse.Warehouse, DateOnly, FeatureBuildResult>? FeatureBuild = null, ScoringEngine Engine = ScoringEngine.Process);

/// <summary>
/// Where a run computes its scores. <see cref="Process"/>: the engine in this process. <see cref="Sql"/>: each model
/// compiled to SQL and run inside the warehouse, which computes the margins, probabilities, calibrated probabilities
/// and percentiles that are published; the explanations (reasons, narratives) and the checks still read the
/// features into this process, as their SHAP values need.
/// </summary>
public enum ScoringEngine
{
    Process,
    Sql,
}
