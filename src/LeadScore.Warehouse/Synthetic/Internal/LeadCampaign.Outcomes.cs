using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

internal sealed partial class LeadCampaign
{
    private const ulong OutcomeStream = 0x0C_0000_0000UL;

    /// <summary>Ground truth for every contacted lead with an advisor, then the conversions, the moves and the leaky email.</summary>
    private void Outcomes(List<LeadRecord> leads)
    {
        var random = new RandomStream(0, 0);
        for (int index = 0; index < leads.Count; index++)
        {
            var lead = leads[index];
            if (lead.Advisor < 0 || lead.ContactDay == Spell.Null) continue;
            random.Reseed((ulong)options.Seed, OutcomeStream + (ulong)index);
            lead.Latent = Latent(random, lead);
            lead.HasLatent = true;
            lead.Effects = ConversionOracle.Effects(lead.Latent);
        }
        Intercept = ConversionOracle.Intercept(leads.Where(l => l.Labelled && l.HasLatent).Select(l => l.Effects).ToList(), ConversionOracle.TargetRate);

        var moved = new HashSet<int>();
        for (int index = 0; index < leads.Count; index++)
        {
            var lead = leads[index];
            random.Reseed((ulong)options.Seed, OutcomeStream + 0x1_0000_0000UL + (ulong)index);
            bool emailAtContact = lead.HasLatent ? lead.Latent.HasEmailAtContact : lead.Advisor >= 0 && advisors.FintrxEmail[lead.Advisor] && random.Chance(0.9);
            if (lead.HasLatent)
            {
                lead.Probability = ConversionOracle.Sigmoid(Intercept + lead.Effects);
                lead.Converted = random.NextDouble() < lead.Probability;
                if (lead.Converted) lead.CallScheduled = CallScheduled(random, lead.Contacted!.Value);
                if (moved.Add(lead.Advisor)) MoveAfterContact(random, lead);
                lead.EmailAddedAfter = lead.Converted && !emailAtContact && random.Chance(0.6);
            }
            if (lead.Advisor >= 0 && (emailAtContact || lead.EmailAddedAfter))
            {
                var (first, last) = AdvisorIdentity.Name(options.Seed, lead.Advisor);
                bool work = advisors.FintrxEmail[lead.Advisor] && random.Chance(0.8);
                lead.Email = PersonNames.Email(first, last, work ? PersonNames.Domain(lead.Company ?? "advisor") : "mailbox", random.NextInt(40));
            }
        }
    }

    private LatentState Latent(RandomStream random, LeadRecord lead)
    {
        int advisor = lead.Advisor;
        bool email = random.Chance(advisors.FintrxEmail[advisor] ? 0.9 : 0.28);
        double offset = 0;
        foreach (var (name, value) in OtherSources)
            if (name == lead.Source) offset = value;
        double noise = ConversionOracle.NoiseSigma * random.Normal();
        return TrueState.Of(firms, advisors, ledger, advisors.OriginalSpells(advisor), advisor, lead.ContactDay, email, offset, noise);
    }

    /// <summary>
    /// When the call was scheduled: median one day after contact, 90th percentile about 43 days, a long tail beyond,
    /// and a few scheduled before the contact stage was entered (as in the original data).
    /// </summary>
    private static DateTime CallScheduled(RandomStream random, DateTime contacted)
    {
        double days = random.Chance(0.03) ? -random.Uniform(0.5, 20) : Math.Max(0.01, Math.Exp(2.93 * random.Normal()));
        var latest = SyntheticCalendar.At(SyntheticCalendar.SnapshotDay, 0).AddDays(-random.Uniform(0.1, 3));
        var at = contacted.AddDays(days);
        return at < latest ? at : latest;
    }

    /// <summary>
    /// The leak of spec §2.6: some advisors change firm after the contact (recruited converters far more often), so
    /// the snapshot's PRIMARY_FIRM_START_DATE lies after the contact day. Only advisors still at their contact-day firm move.
    /// </summary>
    /// <summary>Yearly rate of the extra moves after a contact (recruited converters aside).</summary>
    private const double MoveRatePerYear = 0.008;

    private void MoveAfterContact(RandomStream random, LeadRecord lead)
    {
        bool recruited = lead.Converted && random.Chance(0.35);
        int day = lead.ContactDay + (recruited ? random.Between(30, 300) : (int)random.Exponential(SyntheticCalendar.DaysPerYear / MoveRatePerYear));
        if (day >= SyntheticCalendar.SnapshotDay - 7) return;
        var spells = advisors.Spells(lead.Advisor).ToArray();
        int latest = AdvisorBook.Latest(spells);
        if (latest < 0 || !spells[latest].IsOpen || spells[latest].Start >= lead.ContactDay || day <= spells[latest].Start) return;
        int firm = firms.Pick(random, SyntheticCalendar.Year(day), spells[latest].Firm);
        for (int tries = 0; recruited && tries < 6 && !firms.IsIndependentRia(firm); tries++)
            firm = firms.Pick(random, SyntheticCalendar.Year(day), spells[latest].Firm);
        foreach (var spell in spells)
            if (spell.Firm == firm && spell.Start == day) return;
        var left = spells[latest];
        left.End = Math.Max(left.Start + 1, day - random.Between(0, 20));
        spells[latest] = CareerSimulator.Recorded(random, left);
        var joined = new Spell { Firm = firm, Start = day, End = Spell.Open, RecordedEnd = Spell.Null, KnownAt = Spell.Null, Variant = CareerSimulator.NameVariant(random) };
        advisors.Override(lead.Advisor, [.. spells, joined]);
        lead.MoveDay = day;
        lead.Recruited = recruited;
    }
}
