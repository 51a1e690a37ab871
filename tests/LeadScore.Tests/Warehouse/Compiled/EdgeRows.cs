using System.Globalization;
using System.Text;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Warehouse.Compiled;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>
/// Rows that sit on and around every split of a model (the float32 threshold itself, the double midpoint below it and
/// its neighbours, NULL, NaN, values beyond float32's range), loaded into a warehouse table, scored by the compiled
/// SQL and by the engine: the margins must be the same number.
/// </summary>
public static class EdgeRows
{
    /// <summary>Row-major double values, NaN meaning NULL or NaN in the table (alternately).</summary>
    public static double[][] For(TreeEnsemble model, int seed, int randomRows = 500)
    {
        int features = model.FeatureNames.Count;
        var random = new Random(seed);
        double Random() => random.NextDouble() < 0.1 ? double.NaN : Math.Round(random.NextDouble() * 5 - 2.5, 1);
        var rows = new List<double[]>();
        foreach (var tree in model.Trees)
            for (int n = 0; n < tree.NodeCount; n++)
            {
                if (tree.IsLeaf(n)) continue;
                var t = tree.Threshold[n];
                var split = Float32Split.For(t);
                foreach (var x in new[] { t, split.Bound, Math.BitDecrement(split.Bound), Math.BitIncrement(split.Bound), MathF.BitDecrement(t), MathF.BitIncrement(t), double.NaN })
                {
                    var row = Enumerable.Range(0, features).Select(_ => Random()).ToArray();
                    row[tree.Feature[n]] = x;
                    rows.Add(row);
                }
            }
        for (int i = 0; i < randomRows; i++) rows.Add(Enumerable.Range(0, features).Select(_ => Random()).ToArray());
        rows.Add(Enumerable.Range(0, features).Select(f => f % 2 == 0 ? 1e39 : -1e39).ToArray());
        rows.Add(Enumerable.Range(0, features).Select(_ => double.NaN).ToArray());
        return rows.ToArray();
    }

    /// <summary>Creates <paramref name="table"/> (id, then one DOUBLE column per feature named as the model's) with the rows.</summary>
    public static void Load(Store warehouse, string table, TreeEnsemble model, double[][] rows)
    {
        var d = warehouse.Dialect;
        var columns = model.FeatureNames.Select(n => $"{d.Identifier(n)} {d.DoubleType}");
        warehouse.Execute($"DROP TABLE IF EXISTS {d.Table(table)}");
        warehouse.Execute($"CREATE TABLE {d.Table(table)} (id BIGINT, {string.Join(", ", columns)})");
        for (int start = 0; start < rows.Length; start += 500)
        {
            var values = new StringBuilder();
            for (int r = start; r < Math.Min(rows.Length, start + 500); r++)
            {
                if (r > start) values.Append(", ");
                values.Append('(').Append(r.ToString(CultureInfo.InvariantCulture));
                for (int f = 0; f < rows[r].Length; f++)
                    values.Append(", ").Append(double.IsNaN(rows[r][f]) ? (r + f) % 2 == 0 ? "NULL" : d.Double(double.NaN) : d.Double(rows[r][f]));
                values.Append(')');
            }
            warehouse.Execute($"INSERT INTO {d.Table(table)} VALUES {values}");
        }
    }

    /// <summary>The engine's margins for the rows, each value read as the engine reads it: (float)x, NULL as NaN.</summary>
    public static float[] EngineMargins(TreeEnsemble model, double[][] rows)
    {
        var block = new FeatureBlock(model.FeatureNames.Count, rows.Length);
        for (int r = 0; r < rows.Length; r++)
            for (int f = 0; f < rows[r].Length; f++) block[r, f] = (float)rows[r][f];
        block.SetCount(rows.Length);
        var scores = new ScoreBlock(model.FeatureNames.Count, block.Stride, withShap: false);
        new BatchScorer(new EnsembleScorer(model), 1).Run(block, scores, explain: false);
        return scores.Margin[..rows.Length].ToArray();
    }

    /// <summary>Every feature numeric, NULL passed to the trees as missing.</summary>
    public static IReadOnlyList<FeatureSpec> Missing(TreeEnsemble model) =>
        model.FeatureNames.Select(n => new FeatureSpec(n, nulls: NullPolicy.Missing)).ToArray();

    /// <summary>Scores the table with the compiled model inside the warehouse and asserts every margin equals the engine's.</summary>
    public static void AssertSameMargins(Store warehouse, TreeEnsemble model, double[][] rows, string table)
    {
        Load(warehouse, table, model, rows);
        var scores = CompiledScoring.Query(warehouse, new CompileRequest(model, Missing(model), null, warehouse.Dialect, table, "id"));
        var engine = EngineMargins(model, rows);
        Assert.Equal(rows.Length, scores.Count);
        for (int i = 0; i < scores.Count; i++)
        {
            int row = int.Parse(scores.Ids[i], CultureInfo.InvariantCulture);
            Assert.True(engine[row] == scores.Margin[i],
                $"row {row} ({string.Join(", ", rows[row].Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}): engine {engine[row]:R}, {warehouse.Dialect.Name} {scores.Margin[i]:R}");
        }
    }
}
