namespace LeadScore.Backtest;

/// <summary>How far the two arms' selections coincide: leads both keep, only one keeps, neither keeps, and their Jaccard index.</summary>
public sealed record SelectionOverlap(int Both, int ChampionOnly, int ChallengerOnly, int Neither, double Jaccard, string Meaning)
{
    public static SelectionOverlap Of(bool[] champion, bool[] challenger)
    {
        int both = 0, a = 0, b = 0, neither = 0;
        for (int i = 0; i < champion.Length; i++)
        {
            if (champion[i] && challenger[i]) both++;
            else if (champion[i]) a++;
            else if (challenger[i]) b++;
            else neither++;
        }
        double jaccard = both + a + b == 0 ? 0 : (double)both / (both + a + b);
        string meaning = $"{both:N0} leads are kept by both models, {a:N0} only by the champion and {b:N0} only by the challenger (Jaccard {jaccard:0.000})" +
                         (jaccard < 0.5 ? "." : ": the two rates share most of their leads, so they are compared paired, not as independent samples.");
        return new SelectionOverlap(both, a, b, neither, jaccard, meaning);
    }
}
