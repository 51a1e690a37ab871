namespace LeadScore.Metrics;

/// <summary>How many months a champion-versus-challenger test needs (see <see cref="SampleSizePlan.MonthsAt"/>).</summary>
/// <param name="ContactedLeadsPerMonth">Leads contacted each month, both arms together.</param>
/// <param name="Months">2 · LeadsPerArm / ContactedLeadsPerMonth.</param>
/// <param name="WholeMonths">Months rounded up.</param>
/// <param name="Meaning">One sentence on what the duration means.</param>
public sealed record TestDuration(int ContactedLeadsPerMonth, double Months, int WholeMonths, string Meaning);
