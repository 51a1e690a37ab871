using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Data.Input;

namespace LeadScore.Warehouse.Features;

/// <summary>One feature's distribution in two tables: mean, median, 90th percentile and share of zeros.</summary>
public sealed record FeatureDistribution(string Feature, Summary Ours, Summary Theirs);

/// <summary>Mean, median, 90th percentile, share of rows equal to zero, and share NULL.</summary>
public sealed record Summary(long Rows, double Mean, double Median, double P90, double ShareZero, double ShareNull);

/// <summary>
/// Compares the numeric columns two feature tables share — e.g. the synthetic <c>features.training</c> against the
/// real leads (<c>leads_v41.parquet</c>) — so a person can see whether generated data looks like the real thing.
/// </summary>
public static class FeatureComparison
{
    public static IReadOnlyList<FeatureDistribution> Compare(Warehouse warehouse, string table, string otherFile)
    {
        var other = InputFile.Recognise(otherFile);
        var ours = NumericColumns(warehouse.DuckDb, $"SELECT * FROM {table}");
        var theirs = NumericColumns(warehouse.DuckDb, $"SELECT * FROM {other.TableFunction}");
        var shared = ours.Where(theirs.Contains).Where(c => c is not ("target" or "advisor_crd")).ToList();
        return shared.Select(c => new FeatureDistribution(c, Summarise(warehouse.DuckDb, table, c), Summarise(warehouse.DuckDb, other.TableFunction, c))).ToArray();
    }

    private static List<string> NumericColumns(DuckDBConnection connection, string select)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE {select}";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            if (new InputColumn(reader.GetString(0), reader.GetString(1)).IsNumeric) names.Add(reader.GetString(0));
        return names;
    }

    private static Summary Summarise(DuckDBConnection connection, string from, string column)
    {
        var c = $"CAST({Sql.Identifier(column)} AS DOUBLE)";
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*), avg({c}), quantile_cont({c}, 0.5), quantile_cont({c}, 0.9), " +
                              $"avg(CASE WHEN {c} = 0 THEN 1.0 WHEN {c} IS NOT NULL THEN 0.0 END), avg(CASE WHEN {c} IS NULL THEN 1.0 ELSE 0.0 END) FROM {from}";
        using var reader = command.ExecuteReader();
        reader.Read();
        double D(int i) => reader.IsDBNull(i) ? double.NaN : Convert.ToDouble(reader.GetValue(i));
        return new Summary(reader.GetInt64(0), D(1), D(2), D(3), D(4), D(5));
    }
}
