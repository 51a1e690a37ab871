using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The oracle's probability for every active producing advisor, as if contacted on <see cref="AsOf"/> as a
/// "Provided Lead List" lead: the lead oracle's logistic function (same intercept, same effects) of the advisor's
/// true state that day, after any move made since a contact. The unobservable parts a lead gets at its contact (an
/// email on file that day, the noise term) are drawn for each advisor from a stream of its own.
/// </summary>
internal static class AdvisorTruth
{
    private const ulong Stream = 0x7E_0000_0000UL;

    /// <summary>The day the first monthly list after the data is built for: the day after the snapshot.</summary>
    public static readonly DateOnly AsOf = SyntheticCalendar.Snapshot.AddDays(1);

    public static List<(long Crd, double Probability, double Logit)> Compute(SyntheticOptions options, FirmBook firms, AdvisorBook advisors,
        FirmLedger ledger, double intercept)
    {
        var truths = new List<(long, double, double)>();
        var random = new RandomStream(0, 0);
        int day = AsOf.DayNumber;
        for (int i = 0; i < advisors.Count; i++)
        {
            if (!advisors.Active[i] || !advisors.Producing[i]) continue;
            random.Reseed((ulong)options.Seed, Stream + (ulong)i);
            bool email = random.Chance(advisors.FintrxEmail[i] ? 0.9 : 0.28);
            double noise = ConversionOracle.NoiseSigma * random.Normal();
            var state = TrueState.Of(firms, advisors, ledger, advisors.Spells(i), i, day, email, 0, noise);
            double logit = intercept + ConversionOracle.Effects(state);
            truths.Add((advisors.Crd[i], ConversionOracle.Sigmoid(logit), logit));
        }
        return truths;
    }
}
