using LeadScore.Data;
using LeadScore.Models.Profile;

namespace LeadScore.Scoring;

/// <summary>
/// A training profile built from training rows given with <c>--reference</c>, for a model whose directory keeps none
/// (e.g. one imported from elsewhere): a Parquet or CSV file, or a table of the run's warehouse (e.g. features.training).
/// </summary>
internal static class ReferenceProfile
{
    public static TrainingProfile Build(RunModel model, string reference, string idColumn, string database)
    {
        bool isFile = File.Exists(reference);
        bool isTable = reference.Count(c => c == '.') == 1 && !reference.Contains('/') && !reference.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
                       && !reference.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (isFile && isTable) throw ScoringRunException.ReferenceAmbiguous(reference);
        if (!isFile && !isTable) throw ScoringRunException.ReferenceMissing(reference);
        var rows = isFile
            ? ScoredTable.Score(reference, model.Model, model.Features, idColumn)
            : ScoredTable.Score(database, model.Model, model.Features, idColumn, reference);
        var columns = new double[model.Features.Count][];
        for (int f = 0; f < columns.Length; f++)
        {
            var column = rows.Input.Column(f)[..rows.Count];
            columns[f] = new double[rows.Count];
            for (int i = 0; i < rows.Count; i++) columns[f][i] = column[i];
        }
        var margins = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++) margins[i] = rows.Scores.Margin[i];
        return TrainingProfile.Of($"{rows.Count:N0} rows of {reference}", model.Features.Select(f => f.Name).ToArray(), columns, margins);
    }
}
