using DuckDB.NET.Data;
using LeadScore.Engine;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;

namespace LeadScore.Data.Input;

/// <summary>
/// Streams an input file into <see cref="FeatureBlock"/>s through embedded DuckDB (Parquet or CSV). Columns are
/// found by name; the schema's codes and null policies are applied; the whole file is validated on open.
/// </summary>
public sealed class FeatureReader : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly ResultChunks chunks;
    private readonly NullPolicy[] nulls;

    private FeatureReader(DuckDBConnection connection, ResultChunks chunks, NullPolicy[] nulls, long rows, InputFile file)
    {
        this.connection = connection;
        this.chunks = chunks;
        this.nulls = nulls;
        RowCount = rows;
        File = file;
    }

    public InputFile File { get; }

    /// <summary>What validation found worth a warning but not a refusal (values below a feature's minimum).</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>Rows in the file (counted while validating).</summary>
    public long RowCount { get; }

    /// <summary>
    /// Opens and validates <paramref name="path"/> for the features (in model order). Only a benchmark's floor skips
    /// <paramref name="validate"/>: it then counts the rows and reads them as they are.
    /// </summary>
    public static FeatureReader Open(string path, IReadOnlyList<FeatureSpec> features, string idColumn, string? table = null, bool validate = true)
    {
        var file = InputFile.Recognise(path, table);
        var connection = file.Connect();
        try
        {
            var columns = InputFile.Describe(connection, file);
            var id = columns.GetValueOrDefault(idColumn) ?? throw DataFileException.IdColumnMissing(file.Name, idColumn, columns.Keys);
            var bound = Bind(file, features, columns);
            var validator = new InputValidator(connection, file, id.Quoted);
            long rows = validate ? validator.Validate(bound) : validator.CountRows();
            var select = string.Join(", ", bound.Select(b => FeatureSql.Value(b.Spec, b.Column)));
            var chunks = ResultChunks.Run(connection, $"SELECT CAST({id.Quoted} AS VARCHAR), {select} FROM {file.TableFunction}", file.Name);
            return new FeatureReader(connection, chunks, features.Select(f => f.Nulls).ToArray(), rows, file) { Warnings = validator.Warnings };
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw DataFileException.Unreadable(file.Name, e.Message, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Fills the block with the next rows and their ids, column by column; returns how many (0 at the end).</summary>
    public int Read(FeatureBlock block, string[] ids)
    {
        int count = 0;
        while (count < block.Stride && chunks.Next())
        {
            int n = Math.Min(chunks.Remaining, block.Stride - count);
            chunks.Strings(0, ids.AsSpan(count, n), "");
            for (int f = 0; f < nulls.Length; f++)
            {
                int feature = f, first = count;
                chunks.DoublesAsFloats(f + 1, block.Column(f).Slice(count, n), row => Null(feature, ids[first + row]));
            }
            chunks.Take(n);
            count += n;
        }
        block.SetCount(count);
        return count;
    }

    public void Dispose()
    {
        chunks.Dispose();
        connection.Dispose();
    }

    // Validation rejected NULLs where the policy forbids them; meeting one here means the file changed underneath.
    private float Null(int feature, string id) => nulls[feature].Handling switch
    {
        NullHandling.Fill => nulls[feature].FillValue,
        NullHandling.Missing => float.NaN,
        _ => throw ScoringException.NullNotAllowed(File.Path, $"feature {feature}", [id]),
    };

    internal static List<(FeatureSpec Spec, InputColumn Column)> Bind(InputFile file, IReadOnlyList<FeatureSpec> features,
        IReadOnlyDictionary<string, InputColumn> columns)
    {
        var missing = features.Where(f => !columns.ContainsKey(f.Column)).ToList();
        if (missing.Count > 0)
            throw ScoringException.MissingColumns(file.Path, missing.Select(f => f.Column), MissingHint(missing, columns));
        return features.Select(f => (f, columns[f.Column])).ToList();
    }

    private static string? MissingHint(List<FeatureSpec> missing, IReadOnlyDictionary<string, InputColumn> columns)
    {
        foreach (var f in missing)
        {
            var caseOnly = columns.Keys.FirstOrDefault(c => string.Equals(c, f.Column, StringComparison.OrdinalIgnoreCase));
            if (caseOnly is not null) return $"'{caseOnly}' differs from '{f.Column}' only in case; names must match exactly";
            if (f.IsCategorical && columns.ContainsKey(f.Name))
                return $"the input has pre-encoded '{f.Name}', but the schema reads labels from '{f.Column}' so that codes are the ones the model was trained with";
            if (!f.IsCategorical && f.Name.EndsWith("_encoded", StringComparison.Ordinal) && columns.ContainsKey(f.Name[..^8]))
                return $"the input has the labels in '{f.Name[..^8]}': pass --schema with the model's category codes (built-in: {string.Join(", ", BuiltInSchemas.Names)})";
        }
        return null;
    }
}
