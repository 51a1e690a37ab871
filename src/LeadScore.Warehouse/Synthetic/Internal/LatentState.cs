namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The true point-in-time state of a lead's advisor on the contact day, from the simulated career (true end dates,
/// nothing learned later): what the ground truth of conversion is a function of. Stored in <c>synth.oracle</c>.
/// </summary>
internal readonly record struct LatentState(
    int TenureMonths,
    int Moves3Years,
    long? FirmCrd,
    int FirmReps,
    int FirmNetChange12Months,
    bool HasEmailAtContact,
    byte RepType,
    bool IndependentRia,
    bool Wirehouse,
    double ExperienceYears,
    bool HasHistory,
    double YearsIntoCampaign,
    double SourceOffset,
    double Noise)
{
    /// <summary>No main spell covered the contact day.</summary>
    public bool TenureUnknown => TenureMonths < 0;

    /// <summary>Net change in the last 12 months relative to the firm's size today.</summary>
    public double FirmNetChangeShare => FirmReps > 0 ? FirmNetChange12Months / (double)FirmReps : 0;
}
