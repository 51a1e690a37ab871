using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Models.Calibration;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>
/// A three-tree model small enough to read its SQL by eye, with every case the compiler handles: a categorical
/// feature (unseen labels an error), a numeric feature whose NULL is missing, one whose NULL is filled, one whose NULL
/// is refused, thresholds on float32 values whose midpoint test is inclusive (0.1f: the float below is even) and
/// exclusive (2.5f), splits that send missing values left and right, and both calibrators.
/// </summary>
public static class HandBuiltModel
{
    public static IReadOnlyList<FeatureSpec> Features { get; } =
    [
        new("channel", categories: new Dictionary<string, int> { ["web"] = 0, ["referral"] = 1, ["event"] = 2 }, nulls: NullPolicy.Missing),
        new("tenure_years", nulls: NullPolicy.Missing),
        new("aum_musd", column: "aum", nulls: NullPolicy.Fill(0.1f)),
        new("advisors", nulls: NullPolicy.Reject),
    ];

    public static TreeEnsemble Model { get; } = new("hand-built", ModelFormat.XGBoostJson, Features.Select(f => f.Name).ToArray(),
    [
        // channel < 0.5 (web; missing left), then tenure_years < 2.5 (missing right).
        Tree([1, 3, -1, -1, -1], [2, 4, -1, -1, -1], [0, 1, 0, 0, 0], [0.5f, 2.5f, 0, 0, 0], [true, false, false, false, false], [0, 0, -0.25f, 0.4f, 0.1f]),
        // aum_musd < 0.1f (NULL filled with 0.1f), then channel < 1.5.
        Tree([1, -1, 3, -1, -1], [2, -1, 4, -1, -1], [2, 0, 0, 0, 0], [0.1f, 0, 1.5f, 0, 0], [false, false, false, false, false], [0, -0.15f, 0, 0.2f, 0.35f]),
        // advisors < 3, then tenure_years < 0.3f (missing left).
        Tree([1, 3, -1, -1, -1], [2, 4, -1, -1, -1], [3, 1, 0, 0, 0], [3f, 0.3f, 0, 0, 0], [false, true, false, false, false], [0, 0, 0.05f, -0.3f, 0.12f]),
    ], baseMargin: -0.4f, producer: "hand-built");

    public static ScoreCalibrator Isotonic { get; } = ScoreCalibrator.Read("""
        {"method": "isotonic", "fitted_on": "hand-built", "rows": 100, "positives": 20, "input": "probability",
         "knots": {"x": [0.1, 0.3, 0.6], "y": [0.05, 0.2, 0.7]}, "step_knots": {"x": [0.1, 0.3, 0.6], "y": [0.05, 0.2, 0.7]}}
        """, "hand-built isotonic");

    public static ScoreCalibrator Platt { get; } = ScoreCalibrator.Read("""
        {"method": "platt", "fitted_on": "hand-built", "rows": 100, "positives": 20, "input": "margin", "a": 0.9, "b": -0.3}
        """, "hand-built platt");

    /// <summary>The feature table each dialect's golden reads: a BigQuery path with a hyphenated project, a schema elsewhere.</summary>
    public static string Table(SqlDialect dialect) => dialect == SqlDialect.BigQuery ? "my-project.leads.prospect_features" : "scoring.prospect_features";

    public static CompileRequest Request(SqlDialect dialect, ScoreCalibrator? calibrator) =>
        new(Model, Features, calibrator, dialect, Table(dialect), "lead_id", Title: "hand-built 3-tree model");

    private static DecisionTree Tree(int[] left, int[] right, int[] feature, float[] threshold, bool[] defaultLeft, float[] leaf) =>
        new(left, right, feature, threshold, defaultLeft, leaf.Select(v => (double)v).ToArray(), Enumerable.Repeat(10.0, left.Length).ToArray());
}
