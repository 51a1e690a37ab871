using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Models.Calibration;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// What to compile: a model, its features bound to the schema (model order), its calibrator if any, the dialect,
/// the feature table and its id column as the user names them. <paramref name="StageTable"/> names the tables a
/// query too long for the dialect is staged through (default: the feature table's name with <c>_leadscore_stage_N</c>).
/// <paramref name="Explain"/> adds each row's top three reasons, as the engine explains (trees of depth ≤ 2 only).
/// </summary>
public sealed record CompileRequest(TreeEnsemble Model, IReadOnlyList<FeatureSpec> Features, ScoreCalibrator? Calibrator, SqlDialect Dialect,
    string Table, string IdColumn, string? StageTable = null, string? Title = null, bool Explain = false)
{
    /// <summary>A name in the same schema (or dataset) as the feature table.</summary>
    public string StageTableName(int stage) => StageTable is { } prefix ? $"{prefix}_{stage}" : $"{Table}_leadscore_stage_{stage}";
}
