using System.Text;
using LeadScore.Engine.Schema;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// Compiles a tree model to SQL over a feature table: the features read as the engine reads them
/// (<see cref="FeatureInput"/>), one expression per tree (<see cref="TreeSql"/>), added to the margin in tree order
/// in float32 where the engine has it, a stage of at most <see cref="SqlDialect.TreesPerStage"/> trees at a time,
/// then the engine's sigmoid and the calibrator. A query longer than the dialect accepts is split into statements
/// that create stage tables, each within the limit; a single tree too long for it cannot be split and is refused.
/// With <see cref="CompileRequest.Explain"/>, each tree's outcome is computed once as a code that both its output and
/// its SHAP values are looked up by, and the rows' reasons are picked last (<see cref="ExplainSql"/>).
/// </summary>
public static class ModelSql
{
    private const string Id = "leadscore_id";

    public static CompiledModel Compile(CompileRequest request)
    {
        var d = request.Dialect;
        var table = d.Table(request.Table);
        var id = d.Identifier(request.IdColumn);
        var features = request.Features.Select((_, i) => $"f{i}").ToArray();
        var explain = request.Explain ? ExplainSql.For(request.Model, features, d) : null;
        var trees = request.Model.Trees.Select((tree, t) => explain?.Output(t) ?? TreeSql.Expression(tree, features, d)).ToArray();
        var carried = string.Join(", ", features);
        var shap = explain?.Carried ?? "";
        long finalBytes = Bytes(Final(request, d, id, features, explain, "leadscore_stage_00000"));
        var featureCte = $"{d.Cte("leadscore_features")}\n  SELECT {id} AS {Id},\n" +
                         string.Join(",\n", request.Features.Select((f, i) => $"    {FeatureInput.Expression(f, d, id)} AS {features[i]}")) +
                         $"\n  FROM {table}\n)";
        var header = Header(request, d);

        // Greedy: trees into stages of TreesPerStage, stages into statements that stay within the dialect's length limit.
        long budget = d.MaxQueryBytes == long.MaxValue ? long.MaxValue : d.MaxQueryBytes - Bytes(header) - finalBytes - 4096 - 64L * features.Length;
        var statements = new List<List<List<int>>>();
        var current = new List<List<int>>();
        long size = Bytes(featureCte);
        for (int t = 0; t < trees.Length; t++)
        {
            long tree = Bytes(trees[t]) + 16 + (explain?.Bytes(t) ?? 0);
            if (tree > budget) throw WarehouseException.ModelTooLarge(request.Model.Source, t, tree, d.Name, d.MaxQueryBytes);
            bool newStage = current.Count == 0 || current[^1].Count >= d.TreesPerStage;
            long stageCost = newStage ? StageBytes(features, explain) : 0;
            if (size + stageCost + tree > budget && current.Count > 0)
            {
                statements.Add(current);
                current = [];
                size = 256 + 16L * features.Length + Bytes(shap); // reads the previous stage table instead of the features
                newStage = true;
                stageCost = StageBytes(features, explain);
            }
            if (newStage) current.Add([]);
            current[^1].Add(t);
            size += stageCost + tree;
        }
        statements.Add(current);

        var texts = new List<string>();
        int stageNumber = 0;
        string? previousTable = null;
        for (int s = 0; s < statements.Count; s++)
        {
            bool last = s == statements.Count - 1;
            var ctes = new List<string>();
            string from;
            if (previousTable is null) { ctes.Add(featureCte); from = "leadscore_features"; }
            else from = previousTable;
            foreach (var stage in statements[s])
            {
                stageNumber++;
                bool first = from == "leadscore_features";
                var start = first ? d.AsFloat32(d.Double(request.Model.BaseMargin)) : "margin";
                var sum = new StringBuilder(start);
                foreach (var t in stage) sum.Append($"\n    + {trees[t]} -- tree {t}");
                var sums = "";
                if (explain is not null)
                {
                    // The trees' outcome codes first, as columns the SHAP lookups share.
                    ctes.Add(explain.Codes($"leadscore_codes_{stageNumber}", from, stage));
                    from = $"leadscore_codes_{stageNumber}";
                    sums = explain.Sums(stage, first);
                }
                ctes.Add($"{d.Cte($"leadscore_stage_{stageNumber}")}\n  SELECT {Id}, {carried},\n    {sum}\n    AS margin{sums}\n  FROM {from}\n)");
                from = $"leadscore_stage_{stageNumber}";
            }
            var with = "WITH " + string.Join(",\n", ctes);
            if (last)
                texts.Add(header + with + ",\n" + Final(request, d, id, features, explain, from));
            else
            {
                var stageTable = d.Table(request.StageTableName(s + 1));
                texts.Add((s == 0 ? header : $"-- leadscore: statement {s + 1} of {statements.Count}\n") +
                          d.CreateTableAs(stageTable, $"{with}\nSELECT {Id}, {carried}, margin{shap} FROM {from}"));
                previousTable = stageTable;
            }
        }
        foreach (var text in texts)
            if (Bytes(text) > d.MaxQueryBytes) throw WarehouseException.ModelTooLarge(request.Model.Source, -1, Bytes(text), d.Name, d.MaxQueryBytes);
        return new CompiledModel(d.Name, texts, trees.Length, stageNumber, request.Calibrator is not null);
    }

    // The sigmoid as the engine computes it (margin clamped at -88.7 before exp), then the calibrator; scores as DOUBLE.
    // With explain, the reasons are picked from the last stage first and carried along.
    private static string Final(CompileRequest request, SqlDialect d, string id, string[] features, ExplainSql? explain, string from)
    {
        var m = request.Model;
        // In float32 where the engine has it: e = expf(-max(x, -88.7f)), then 1f / (1f + e).
        var x = m.SigmoidScale == 1.0 ? "margin" : d.AsFloat32($"{d.Double(m.SigmoidScale)} * margin");
        var e = d.AsFloat32(d.Exp($"-greatest({d.AsDouble(x)}, {d.Double(-88.7f)})"));
        var one = d.AsFloat32(d.Double(1));
        var probability = $"{one} / ({one} + {e})";
        var reasons = explain is null ? "" : string.Concat(ExplainSql.Columns.Select(c => ", " + c));
        var ranked = explain is null ? ""
            : $"{d.Cte("leadscore_reasons")}\n  {explain.Select(from, [Id, "margin"], m.FeatureNames, features)}\n),\n";
        var scores = ranked + $"{d.Cte("leadscore_scores")}\n  SELECT {Id}, {d.AsDouble("margin")} AS margin, {d.AsDouble(probability)} AS probability{reasons}\n" +
                     $"  FROM {(explain is null ? from : "leadscore_reasons")}\n)";
        var calibrated = request.Calibrator is { } c
            ? $",\n       {CalibrationSql.Expression(c, "margin", "probability", d)} AS calibrated_probability"
            : "";
        return scores + $"\nSELECT {Id} AS {id}, margin, probability{calibrated}{reasons}\nFROM leadscore_scores";
    }

    private static long StageBytes(string[] features, ExplainSql? explain) => 128 + 8L * features.Length + (explain?.StageBytes ?? 0);

    private static string Header(CompileRequest request, SqlDialect d)
    {
        var m = request.Model;
        var lines = new List<string>
        {
            $"-- leadscore compile-sql: {Comment(request.Title ?? Path.GetFileName(m.Source))} ({m.Producer}), {m.Trees.Count} trees of depth <= {m.MaxDepth}, for {d.Name}",
            $"-- Returns {Comment(request.IdColumn)}, margin, probability{(request.Calibrator is null ? "" : ", calibrated_probability")} per row of {Comment(request.Table)}: exactly the engine's decisions",
            "-- (float32 thresholds, missing values by each split's default direction" + (d.Float32Type is null ? "; margins summed in FLOAT64, off the engine's float32 sum by its rounding, about 1e-6)." : ", the margin summed in float32 in tree order)."),
            "-- A split `x < m` (or `x <= m`) compares with m, the double halfway below the float32 threshold: exactly the rows whose value rounds below it in float32.",
        };
        if (request.Explain)
        {
            lines.Add($"-- With reason1..{ExplainSql.Reasons} (_feature, _value as the engine reads it, _contribution): the {ExplainSql.Reasons} features of largest |SHAP value|");
            lines.Add("-- (exact TreeSHAP tabulated by each tree's outcome c<t>, summed per feature as shap<j>" + (d.Float32Type is null ? " in FLOAT64, within about 1e-6 of the engine's float32 sums)," : " in float32 in tree order),") +
                      $" as `leadscore predict --top-k {ExplainSql.Reasons}` picks them; NULL where a row has fewer non-zero ones.");
        }
        if (d.RunAdvice is { } advice) lines.Add(advice);
        for (int i = 0; i < request.Features.Count; i++)
            lines.Add($"--   f{i} = {Comment(Describe(request.Features[i]))}");
        return string.Join("\n", lines) + "\n";
    }

    private static string Describe(FeatureSpec f) =>
        f.Name + (f.Column == f.Name ? "" : $" (column {f.Column})") +
        (f.IsCategorical ? $", categorical: {string.Join(", ", f.Categories!.OrderBy(c => c.Value).Select(c => $"{c.Key}={c.Value}"))}" : "") +
        $", NULL: {f.Nulls}";

    private static string Comment(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static long Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
