namespace LeadScore.Metrics;

/// <summary>One statistic of a paired bootstrap, challenger minus champion (see <see cref="PairedBootstrap"/>).</summary>
/// <param name="Estimate">B − A on the original leads.</param>
/// <param name="Lower">Percentile lower bound of the replicates' B − A.</param>
/// <param name="Upper">Percentile upper bound of the replicates' B − A.</param>
/// <param name="ShareHigher">Share of defined replicates in which B − A &gt; 0.</param>
/// <param name="Undefined">Replicates where the statistic was undefined for either arm (skipped).</param>
/// <param name="Meaning">One sentence on what the difference means for a deployment decision.</param>
public sealed record PairedDifference(
    double Estimate, double Lower, double Upper, double ShareHigher, int Undefined, string Meaning);
