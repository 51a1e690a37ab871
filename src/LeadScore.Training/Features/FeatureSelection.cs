using LeadScore.Data.Labeled;
using LeadScore.Engine.Schema;

namespace LeadScore.Training.Features;

/// <summary>
/// Decides what the model reads: the requested features, or every numeric column besides the target and the
/// split column. Text columns become categorical features whose codes are fitted on TRAIN rows only
/// (alphabetical, like pandas' category codes), stored in the schema, and never refitted on a later batch.
/// </summary>
public static class FeatureSelection
{
    /// <summary>More distinct labels than this in a text column means it is an identifier, not a category.</summary>
    public const int MaxCategories = 200;

    /// <summary>
    /// The schema of a run: <paramref name="dateColumn"/> is the split column (never a feature; null for a table without
    /// dates) and <paramref name="train"/> the window category codes are fitted on (null: every row).
    /// </summary>
    public static FeatureSchema Resolve(LabeledTable table, IReadOnlyList<string>? requested, IReadOnlyCollection<string> exclude,
        string target, string? dateColumn, DateRange? train, string name)
    {
        if (requested?.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1) is { } twice) throw TrainingException.FeatureListedTwice(twice.Key);
        var specs = requested is { Count: > 0 }
            ? requested.Where(f => !exclude.Contains(f)).Select(f => Requested(table, f, target, dateColumn)).ToList()
            : Inferred(table, exclude, target, dateColumn);
        if (specs.Count == 0)
            throw TrainingException.NoFeatures(table.File.Name, table.Columns.Values.Where(c => c.IsText).Select(c => c.Name));
        var trainSpecs = specs.Select(s => s.IsCategorical ? Categorical(table, s, dateColumn, train) : s).ToList();
        foreach (var spec in trainSpecs)
            if (table.DistinctValues(spec, dateColumn, train) <= 1) throw TrainingException.ConstantFeature(spec.Name, "TRAIN");
        if (trainSpecs.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw TrainingException.FeatureNameClash(clash.Key, clash.Select(s => s.Column));
        return new FeatureSchema(name, trainSpecs,
            "fitted by leadscore train: numeric NULL = missing; category codes fitted on TRAIN (alphabetical); an unseen label = missing");
    }

    /// <summary>
    /// The schema with a floor of 0 on every numeric feature TRAIN never held a negative value of (counts, tenures,
    /// days): scoring warns, with counts, about a negative value the model has never seen.
    /// </summary>
    public static FeatureSchema WithObservedFloors(FeatureSchema schema, LabeledRows train) =>
        new(schema.Name, schema.Features.Select(f =>
        {
            if (f.IsCategorical || f.Minimum is not null) return f;
            var column = train.Columns[train.Features.ToList().IndexOf(f.Name)];
            return column.Any(v => v < 0) ? f : f.WithMinimum(0);
        }).ToArray(), schema.Description);

    private static FeatureSpec Requested(LabeledTable table, string feature, string target, string? dateColumn)
    {
        if (feature == target || feature == dateColumn) throw TrainingException.FeatureIsTargetOrDate(feature);
        if (table.Columns.TryGetValue(feature, out var column))
            return table.IsNumeric(column)
                ? new FeatureSpec(ModelName(feature), feature, nulls: NullPolicy.Missing)
                : new FeatureSpec(ModelName(feature), feature, Placeholder, NullPolicy.Missing, unseenAsNull: true);
        // "tenure_bucket_encoded" names the codes of the text column "tenure_bucket", as the R3 feature list does.
        if (feature.EndsWith("_encoded", StringComparison.Ordinal) && table.Columns.TryGetValue(feature[..^8], out var labels) && labels.IsText)
            return new FeatureSpec(feature, labels.Name, Placeholder, NullPolicy.Missing, unseenAsNull: true);
        table.Column(feature, "--features");
        throw new InvalidOperationException("unreachable: Column throws for a missing column");
    }

    private static List<FeatureSpec> Inferred(LabeledTable table, IReadOnlyCollection<string> exclude, string target, string? dateColumn) =>
        table.Columns.Values
            .Where(c => c.Name != target && c.Name != dateColumn && !exclude.Contains(c.Name) && table.IsNumeric(c))
            .Select(c => new FeatureSpec(ModelName(c.Name), c.Name, nulls: NullPolicy.Missing))
            .ToList();

    private static FeatureSpec Categorical(LabeledTable table, FeatureSpec spec, string? dateColumn, DateRange? train)
    {
        var labels = table.Labels(spec.Column, dateColumn, train, MaxCategories);
        if (labels.Count > MaxCategories) throw TrainingException.TooManyCategories(spec.Column, MaxCategories);
        var codes = labels.Select((label, code) => KeyValuePair.Create(label, code)).ToDictionary();
        return new FeatureSpec(spec.Name, spec.Column, codes, NullPolicy.Missing, unseenAsNull: true);
    }

    /// <summary>
    /// The feature's name inside the model: the column name with anything but letters, digits and '_' replaced by
    /// '_' (LightGBM refuses JSON-special characters in feature names). The schema keeps the original column.
    /// </summary>
    public static string ModelName(string column)
    {
        var name = string.Concat(column.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));
        return name.Length == 0 ? "_" : name;
    }

    // Marks a feature as categorical until its codes are fitted on TRAIN.
    private static readonly IReadOnlyDictionary<string, int> Placeholder = new Dictionary<string, int>();
}
