namespace LeadScore.Monitoring.Internal;

/// <summary>
/// Leads of a group contacted by a date, their conversions known by then, and the exposure: the sum over the leads
/// of the share of eventual conversions expected known by then (so Exposure / Leads is the group's maturity).
/// </summary>
internal readonly record struct Tally(int Leads, int Conversions, double Exposure)
{
    public double Maturity => Leads == 0 ? 0 : Exposure / Leads;

    public static Tally operator +(Tally a, Tally b) =>
        new(a.Leads + b.Leads, a.Conversions + b.Conversions, a.Exposure + b.Exposure);
}
