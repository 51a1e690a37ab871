namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// What to generate: how many advisors (everything else scales with it: firms, spells, leads) and the seed that
/// makes the content reproducible.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>The size of the real FINTRX contact table.</summary>
    public const int FullScaleAdvisors = 788_000;

    public const long DefaultSeed = 42;

    /// <summary>The smallest population that still yields every table and every trap.</summary>
    public const int MinimumAdvisors = 2_000;

    public const int MaximumAdvisors = 5_000_000;

    /// <exception cref="ArgumentOutOfRangeException">advisors is outside [<see cref="MinimumAdvisors"/>, <see cref="MaximumAdvisors"/>].</exception>
    public SyntheticOptions(int advisors = FullScaleAdvisors, long seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(advisors, MinimumAdvisors);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(advisors, MaximumAdvisors);
        Advisors = advisors;
        Seed = seed;
    }

    public int Advisors { get; }

    public long Seed { get; }

    /// <summary>Advisors ÷ full scale: the factor applied to firm and lead counts.</summary>
    public double Scale => Advisors / (double)FullScaleAdvisors;

    /// <summary>About 9,000 firms at full scale.</summary>
    public int Firms => Math.Max(60, (int)Math.Round(Advisors / 87.5));

    /// <summary>"Provided Lead List" leads contacted in the labelled window: about 31,000 at full scale.</summary>
    public int ListLeads => Math.Max(200, (int)Math.Round(31_000 * Scale));
}
