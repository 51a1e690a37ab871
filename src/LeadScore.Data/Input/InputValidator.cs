using DuckDB.NET.Data;
using LeadScore.Engine;
using LeadScore.Engine.Schema;

namespace LeadScore.Data.Input;

/// <summary>
/// Checks the whole input against the schema before a single row is scored, so a bad file fails fast, with the
/// column and the first offending rows, and never leaves a half-written output. One scan counts every kind of
/// problem for every feature; only a failing check runs a second query to name rows.
/// </summary>
internal sealed class InputValidator(DuckDBConnection connection, InputFile file, InputColumn id)
{
    private const int RowsShown = 5;

    public long Validate(IReadOnlyList<(FeatureSpec Spec, InputColumn Column)> features)
    {
        var checks = new List<(FeatureSpec Spec, InputColumn Column, Problem Problem, string Condition)>();
        foreach (var (spec, column) in features)
        {
            if (spec.IsCategorical && !column.IsText)
                throw ScoringException.NotCategorical(file.Path, column.Name, column.Type);
            if (!spec.IsCategorical && !column.IsText && !column.IsNumeric)
                throw ScoringException.NotNumeric(file.Path, column.Name, [$"every row (the column is {column.Type})"]);
            checks.Add((spec, column, Problem.Invalid, FeatureSql.Invalid(spec, column)));
            if (!spec.IsCategorical && column.IsText)
                checks.Add((spec, column, Problem.Present, $"{column.Quoted} IS NOT NULL"));
            checks.Add((spec, column, Problem.Infinite, FeatureSql.Infinite(spec, column)));
            if (spec.Nulls.Handling == NullHandling.Reject)
                checks.Add((spec, column, Problem.Null, FeatureSql.Null(spec, column)));
        }
        var counts = Count(checks.Select(c => c.Condition).ToList(), out long rows);
        if (rows == 0) throw DataFileException.Empty(file.Path);
        for (int i = 0; i < checks.Count; i++)
        {
            var (spec, column, problem, condition) = checks[i];
            if (problem == Problem.Present || counts[i] == 0) continue;
            // A text column with no number in it is a column of labels: the schema, not the data, is wrong.
            if (problem == Problem.Invalid && !spec.IsCategorical && column.IsText && counts[i] == counts[i + 1])
                throw ScoringException.LabelsNotNumbers(file.Path, column.Name, BuiltInSchemas.Names);
            throw Describe(spec, column, problem, condition);
        }
        return rows;
    }

    private long[] Count(List<string> conditions, out long rows)
    {
        var filters = conditions.Select(c => c == "false" ? "0" : $"count(*) FILTER (WHERE {c})");
        var sql = $"SELECT count(*){string.Concat(filters.Select(f => ", " + f))} FROM {file.TableFunction}";
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        rows = reader.GetInt64(0);
        var counts = new long[conditions.Count];
        for (int i = 0; i < counts.Length; i++) counts[i] = Convert.ToInt64(reader.GetValue(i + 1));
        return counts;
    }

    private ScoringException Describe(FeatureSpec spec, InputColumn column, Problem problem, string condition)
    {
        var rows = Query($"SELECT CAST({id.Quoted} AS VARCHAR) FROM {file.TableFunction} WHERE {condition} LIMIT {RowsShown}")
            .Select(r => r ?? "(null id)").ToList();
        return problem switch
        {
            Problem.Null => ScoringException.NullNotAllowed(file.Path, column.Name, rows),
            Problem.Infinite => ScoringException.NotFinite(file.Path, column.Name, rows),
            _ when spec.IsCategorical => ScoringException.UnknownCategory(file.Path, column.Name,
                Query($"SELECT DISTINCT {column.Quoted} FROM {file.TableFunction} WHERE {condition} ORDER BY 1 LIMIT 10").Select(v => v ?? ""),
                rows, spec.Categories!.OrderBy(kv => kv.Value).Select(kv => kv.Key)),
            _ => ScoringException.NotNumeric(file.Path, column.Name, rows),
        };
    }

    private List<string?> Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0)?.ToString());
        return values;
    }

    private enum Problem
    {
        Present,
        Invalid,
        Infinite,
        Null,
    }
}
