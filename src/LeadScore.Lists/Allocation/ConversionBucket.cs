namespace LeadScore.Lists.Allocation;

/// <summary>The original's conv_rate_bucket (§5.2 M): the stratum of the round-robin, named as in the SQL.</summary>
internal static class ConversionBucket
{
    public static string Of(double expectedRate) => expectedRate switch
    {
        >= 0.10 => "HIGH_CONV",
        >= 0.06 => "MED_HIGH_CONV",
        >= 0.05 => "MED_CONV",
        >= 0.04 => "MED_LOW_CONV",
        >= 0.03 => "LOW_CONV",
        _ => "VERY_LOW_CONV",
    };
}
