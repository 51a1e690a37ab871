using LeadScore.Data.Labeled;
using LeadScore.Training.Config;

namespace LeadScore.Training.Split;

/// <summary>
/// The windows a run trains, stops and tests on. Early stopping and calibration use rows carved from the end
/// of TRAIN (<see cref="Folds"/>); TEST is read only to report on the finished model.
/// </summary>
public sealed record TemporalSplit(string Column, DateRange Train, DateRange? Gap, DateRange Test, IReadOnlyList<ValidationFold> Folds)
{
    /// <summary>The windows of a config: holdout = one fold (the last months of TRAIN), rolling = several.</summary>
    public static TemporalSplit From(SplitConfig split, ValidationConfig validation)
    {
        int count = validation.Method == ValidationMethod.Holdout ? 1 : validation.Folds;
        var folds = new List<ValidationFold>();
        var end = split.Train.To;
        for (int k = 0; k < count; k++)
        {
            var start = end.AddDays(1).AddMonths(-validation.Months);
            if (start <= split.Train.From)
                throw TrainingException.FoldsDoNotFit(k + 1, start, split.Train.From);
            folds.Add(new ValidationFold(new DateRange(split.Train.From, start.AddDays(-1)), new DateRange(start, end)));
            end = start.AddDays(-1);
        }
        folds.Reverse();
        return new TemporalSplit(split.Column, split.Train, split.Gap, split.Test, folds);
    }

    /// <summary>The latest fold: what a holdout run stops and calibrates on.</summary>
    public ValidationFold LastFold => Folds[^1];

    /// <summary>Days strictly between the last TRAIN date and the first TEST date.</summary>
    public int GapDays => Test.From.DayNumber - Train.To.DayNumber - 1;
}

/// <summary>Rows and conversions of one window (or of all rows when <paramref name="Window"/> is null), for the split report and the gates.</summary>
public sealed record WindowCounts(string Name, DateRange? Window, int Rows, int Positives, DateOnly? First, DateOnly? Last)
{
    public double Rate => Rows == 0 ? 0 : (double)Positives / Rows;

    public static WindowCounts Of(string name, DateRange window, LabeledRows rows)
    {
        var inside = Enumerable.Range(0, rows.Count).Where(r => window.Contains(rows.Dates![r])).ToArray();
        return new WindowCounts(name, window, inside.Length, inside.Count(r => rows.Labels[r] == 1),
            inside.Length == 0 ? null : inside.Min(r => rows.Dates![r]), inside.Length == 0 ? null : inside.Max(r => rows.Dates![r]));
    }

    /// <summary>Every row of an undated table.</summary>
    public static WindowCounts All(LabeledRows rows) => new("all rows", null, rows.Count, rows.Positives, null, null);
}
