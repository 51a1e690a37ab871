using LeadScore.Metrics;

namespace LeadScore.Backtest;

/// <summary>
/// Champion against challenger on the same leads, each figure with the sentence that says what it means: how the
/// selections overlap; the rate difference with Newcombe's interval (as if the arms were independent, which they are
/// not: it is shown because it is the usual test, and it errs on the wide side here); the paired bootstrap over leads
/// (the verdict's basis); DeLong's test of the AUC difference on every lead; the Bayesian probability that the
/// challenger converts better; and how many leads — and months at this volume — would detect the observed difference.
/// </summary>
public sealed record BacktestComparison(
    SelectionOverlap Overlap,
    RateDifference Newcombe,
    PairedComparison Paired,
    AucComparison Auc,
    string AucMeaning,
    BetaComparison Bayes,
    SampleSizePlan? Power,
    TestDuration? Duration,
    string PowerMeaning,
    BacktestVerdict Verdict,
    string Meaning)
{
    /// <summary>Every comparison of the two arms.</summary>
    public static BacktestComparison Of(BacktestLeads leads, ArmResult champion, ArmResult challenger, BootstrapSelection a, BootstrapSelection b,
        double[] championScores, double[] challengerScores, bool[] keptA, bool[] keptB, int replicates, ulong seed)
    {
        var overlap = SelectionOverlap.Of(keptA, keptB);
        var newcombe = RateDifference.Newcombe(champion.Conversions, champion.Kept, challenger.Conversions, challenger.Kept);
        var paired = PairedBootstrap.Compare(a, b, leads.Labels, replicates, seed);
        var auc = DeLong.Compare(challengerScores, championScores, leads.Labels);
        string aucMeaning = $"On all {leads.Count:N0} leads the challenger's AUC is {auc.AucA:0.0000} against {auc.AucB:0.0000}, " +
                            $"a difference of {auc.Difference:+0.0000;-0.0000} (95% interval {auc.Lower:+0.0000;-0.0000} to {auc.Upper:+0.0000;-0.0000}, " +
                            $"paired DeLong p = {auc.PValue:0.000}): " +
                            (auc.Lower > 0 ? "the challenger ranks leads better." : auc.Upper < 0 ? "the challenger ranks leads worse." : "the rankings are not distinguishable on these leads.");
        var bayes = BetaComparison.ProbabilityHigher(champion.Conversions, champion.Kept, challenger.Conversions, challenger.Kept);
        SampleSizePlan? power = null;
        TestDuration? duration = null;
        string powerMeaning;
        int perMonth = Math.Max(1, (int)Math.Round((double)leads.Count / leads.Months));
        if (champion.Rate.Rate > 0 && champion.Rate.Rate < 1 && challenger.Rate.Rate > 0 && challenger.Rate.Rate < 1 && champion.Rate.Rate != challenger.Rate.Rate)
        {
            power = RatePower.LeadsPerArm(champion.Rate.Rate, challenger.Rate.Rate);
            duration = power.MonthsAt(perMonth);
            powerMeaning = $"{power.Meaning} {duration.Meaning} This backtest has {Math.Min(champion.Kept, challenger.Kept):N0} leads in the smaller arm.";
        }
        else powerMeaning = "The two arms convert at the same observed rate (or at 0% or 100%), so no sample size detects a difference that was not observed.";

        var verdict = paired.Rate.Lower > 0 ? BacktestVerdict.ChallengerBetter
            : paired.Rate.Upper < 0 ? BacktestVerdict.ChampionBetter
            : BacktestVerdict.NotEnoughEvidence;
        string meaning = verdict switch
        {
            BacktestVerdict.ChallengerBetter => $"The challenger's selection converts better: the paired 95% interval of the difference, {100 * paired.Rate.Lower:+0.00;-0.00} to {100 * paired.Rate.Upper:+0.00;-0.00} points, lies above zero.",
            BacktestVerdict.ChampionBetter => $"The champion's selection converts better: the paired 95% interval of the difference, {100 * paired.Rate.Lower:+0.00;-0.00} to {100 * paired.Rate.Upper:+0.00;-0.00} points, lies below zero.",
            _ => $"Not enough evidence: the paired 95% interval of the difference, {100 * paired.Rate.Lower:+0.00;-0.00} to {100 * paired.Rate.Upper:+0.00;-0.00} points, contains zero, so these {leads.Count:N0} leads cannot tell the models apart" +
                 (power is null ? "." : $"; detecting the observed difference needs about {power.LeadsPerArm:N0} leads per arm ({duration!.WholeMonths} months at {perMonth:N0} contacted leads a month)."),
        };
        return new BacktestComparison(overlap, newcombe, paired, auc, aucMeaning, bayes, power, duration, powerMeaning, verdict, meaning);
    }
}
