namespace LeadScore.Engine.Schema;

/// <summary>What a NULL (or NaN) input value becomes for one feature.</summary>
public sealed record NullPolicy
{
    private NullPolicy(NullHandling handling, float fill) => (Handling, FillValue) = (handling, fill);

    public NullHandling Handling { get; }

    /// <summary>The value used in place of NULL when <see cref="Handling"/> is <see cref="NullHandling.Fill"/>.</summary>
    public float FillValue { get; }

    /// <summary>NULL is an input error (the model never saw missing values for this feature).</summary>
    public static NullPolicy Reject { get; } = new(NullHandling.Reject, 0);

    /// <summary>NULL is passed to the trees as missing and follows each split's default direction.</summary>
    public static NullPolicy Missing { get; } = new(NullHandling.Missing, float.NaN);

    /// <summary>NULL is replaced by a fixed value, as the model's training data was prepared.</summary>
    public static NullPolicy Fill(float value) => new(NullHandling.Fill, value);

    public override string ToString() => Handling switch
    {
        NullHandling.Fill => $"fill {FillValue}",
        NullHandling.Missing => "missing",
        _ => "reject",
    };
}

public enum NullHandling
{
    Reject,
    Missing,
    Fill,
}
