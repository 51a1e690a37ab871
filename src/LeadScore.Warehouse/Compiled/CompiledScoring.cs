using System.Diagnostics;
using LeadScore.Warehouse.Scores;

namespace LeadScore.Warehouse.Compiled;

/// <summary>Scores computed inside the warehouse and read back: per row its id (as text), margin, probability, calibrated probability and percentile.</summary>
public sealed record CompiledScores(string[] Ids, double[] Margin, double[] Probability, double[]? Calibrated, int[] Percentile, CompiledModel Sql, TimeSpan Elapsed)
{
    public int Count => Ids.Length;
}

/// <summary>What scoring inside the warehouse wrote: the table, its rows, the SQL that ran and how long it took.</summary>
public sealed record CompiledRun(string Table, long Rows, CompiledModel Sql, TimeSpan Elapsed);

/// <summary>
/// Scores a feature table inside the warehouse (DuckDB or PostgreSQL) with a compiled model: the feature table is
/// checked for the model's columns first, then one statement creates the scores table (the id column, margin,
/// probability, calibrated_probability when calibrated, and <see cref="PercentileSql"/> of the margin). No row
/// leaves the warehouse; an earlier table of that name is replaced only when the new one is complete.
/// </summary>
public static class CompiledScoring
{
    public static CompiledRun Run(Warehouse warehouse, CompileRequest request, string target)
    {
        var d = warehouse.Dialect;
        var compiled = Compile(warehouse, request, staged: true);
        var watch = Stopwatch.StartNew();
        var building = target + "_building";
        var stages = Enumerable.Range(1, compiled.Statements.Count - 1).Select(k => d.Table(request.StageTableName(k))).ToList();
        try
        {
            foreach (var statement in compiled.Statements.SkipLast(1)) warehouse.Execute(statement);
            warehouse.Execute($"DROP TABLE IF EXISTS {d.Table(building)}");
            warehouse.Execute($"CREATE TABLE {d.Table(building)} AS\nSELECT s.*, {PercentileSql.Over("s.margin", d)} AS percentile\nFROM (\n{compiled.Query}\n) s");
            using var transaction = warehouse.Connection.BeginTransaction();
            warehouse.Execute($"DROP TABLE IF EXISTS {d.Table(target)}");
            warehouse.Execute($"ALTER TABLE {d.Table(building)} RENAME TO {d.Identifier(target.Split('.')[^1])}");
            transaction.Commit();
        }
        finally
        {
            foreach (var stage in stages) warehouse.Execute($"DROP TABLE IF EXISTS {stage}");
            warehouse.Execute($"DROP TABLE IF EXISTS {d.Table(building)}");
        }
        return new CompiledRun(target, warehouse.Count(d.Table(target)), compiled, watch.Elapsed);
    }

    /// <summary>
    /// Scores <c>features.prospects</c> (the request's table) inside the warehouse straight into
    /// <c>scores.prospect_scores</c> as the champion of <paramref name="runId"/>: margin, probability, calibrated
    /// probability, percentile and the deprioritize flag, in one transaction that first removes the run's earlier rows
    /// of this model. The explanations are not computed here (reasons NULL, narrative empty): they need the engine.
    /// </summary>
    public static CompiledRun Publish(Warehouse warehouse, CompileRequest request, string runId, string version)
    {
        var d = warehouse.Dialect;
        var compiled = Compile(warehouse, request, staged: false);
        var watch = Stopwatch.StartNew();
        warehouse.Execute(Warehouse.Script("scores_schema"));
        using (var transaction = warehouse.Connection.BeginTransaction())
        {
            warehouse.Execute($"DELETE FROM {ScoreStore.ScoresTable} WHERE run_id = {d.Text(runId)} AND model_version = {d.Text(version)}");
            warehouse.Execute($"INSERT INTO {ScoreStore.ScoresTable} (run_id, advisor_crd, model_version, role, margin, probability, calibrated_probability, " +
                              "percentile, deprioritize, narrative)\n" +
                              $"SELECT {d.Text(runId)}, CAST(p.advisor_crd AS BIGINT), {d.Text(version)}, 'champion', p.margin, p.probability, " +
                              $"{(compiled.Calibrated ? "p.calibrated_probability" : $"CAST(NULL AS {d.DoubleType})")}, p.percentile, " +
                              $"p.percentile <= {LeadScore.Metrics.Percentile.DeprioritizeAtOrBelow}, ''\n" +
                              $"FROM (SELECT s.*, {PercentileSql.Over("s.margin", d)} AS percentile FROM (\n{compiled.Query}\n) s) p");
            transaction.Commit();
        }
        var rows = warehouse.Count(ScoreStore.ScoresTable, $"run_id = {d.Text(runId)} AND model_version = {d.Text(version)}");
        return new CompiledRun(ScoreStore.ScoresTable, rows, compiled, watch.Elapsed);
    }

    /// <summary>Scores the feature table inside the warehouse and reads the scores back (ids, margins, probabilities, percentiles).</summary>
    public static CompiledScores Query(Warehouse warehouse, CompileRequest request)
    {
        var d = warehouse.Dialect;
        var compiled = Compile(warehouse, request, staged: false);
        var watch = Stopwatch.StartNew();
        using var command = warehouse.Command($"SELECT CAST(s.{d.Identifier(request.IdColumn)} AS {d.TextType}), s.margin, s.probability, " +
                                              $"{(compiled.Calibrated ? "s.calibrated_probability" : "NULL")}, {PercentileSql.Over("s.margin", d)}\nFROM (\n{compiled.Query}\n) s");
        using var reader = command.ExecuteReader();
        var (ids, margins, probabilities, calibrated, percentiles) = (new List<string>(), new List<double>(), new List<double>(), new List<double>(), new List<int>());
        while (reader.Read())
        {
            ids.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
            margins.Add(reader.GetDouble(1));
            probabilities.Add(reader.GetDouble(2));
            if (compiled.Calibrated) calibrated.Add(reader.GetDouble(3));
            percentiles.Add(reader.GetInt32(4));
        }
        return new CompiledScores(ids.ToArray(), margins.ToArray(), probabilities.ToArray(), compiled.Calibrated ? calibrated.ToArray() : null,
            percentiles.ToArray(), compiled, watch.Elapsed);
    }

    // The model compiled for the warehouse's engine, after the feature table is checked. Only Run executes stage
    // statements; the engines that run here have no length limit, so the others never meet one.
    private static CompiledModel Compile(Warehouse warehouse, CompileRequest request, bool staged)
    {
        CheckColumns(warehouse, request);
        var compiled = ModelSql.Compile(request with { Dialect = warehouse.Dialect });
        if (!staged && compiled.Statements.Count > 1) throw new InvalidOperationException("a staged query is only for engines with a length limit, which this one has not");
        return compiled;
    }

    /// <summary>Refuses a feature table that lacks a column the model reads, naming them all.</summary>
    public static void CheckColumns(Warehouse warehouse, CompileRequest request)
    {
        var parts = request.Table.Split('.');
        var qualified = parts.Length == 1 ? $"{warehouse.Dialect.DefaultSchema}.{request.Table}" : string.Join(".", parts[^2..]);
        var columns = warehouse.ColumnTypes(qualified).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (columns.Count == 0) throw WarehouseException.NoFeatureTable(request.Table, warehouse.Path);
        var needed = request.Features.Select(f => f.Column).Prepend(request.IdColumn).Distinct().ToList();
        var missing = needed.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0) throw WarehouseException.FeatureTableMissingColumns(request.Table, missing, columns.Order(StringComparer.Ordinal));
    }
}
