using LeadScore.Data.Labeled;

namespace LeadScore.Training.Split;

/// <summary>A way to hold rows out of TRAIN: the model fits on some rows and stops (and is calibrated) on others.</summary>
public interface IValidationFold
{
    /// <summary>The rows a fold's model is fitted on.</summary>
    LabeledRows FitRows(LabeledRows train);

    /// <summary>The held-out rows it stops on and is scored on.</summary>
    LabeledRows ValidRows(LabeledRows train);

    /// <summary>What the held-out rows are, for reports: a date window, or "fold 2 of 5".</summary>
    string Description { get; }
}

/// <summary>One temporal validation fold: fit on <paramref name="Fit"/>, stop and calibrate on the later <paramref name="Valid"/>.</summary>
public sealed record ValidationFold(DateRange Fit, DateRange Valid) : IValidationFold
{
    public LabeledRows FitRows(LabeledRows train) => train.In(Fit);

    public LabeledRows ValidRows(LabeledRows train) => train.In(Valid);

    public string Description => Valid.ToString();
}

/// <summary>
/// One fold of stratified k-fold cross-validation, for a table without dates: its held-out rows (indices into
/// TRAIN, ascending) and the fold's number.
/// </summary>
public sealed record StratifiedFold(int Index, int Count, int[] Held) : IValidationFold
{
    public LabeledRows FitRows(LabeledRows train)
    {
        var held = Held.ToHashSet();
        return train.Take(Enumerable.Range(0, train.Count).Where(r => !held.Contains(r)).ToArray());
    }

    public LabeledRows ValidRows(LabeledRows train) => train.Take(Held);

    public string Description => $"fold {Index + 1} of {Count}";
}
