namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>An advisor's true point-in-time state on a day, from the simulated career (true end dates, nothing learned later).</summary>
internal static class TrueState
{
    /// <summary>The state on <paramref name="day"/>; email, source offset and noise are the caller's draws.</summary>
    public static LatentState Of(FirmBook firms, AdvisorBook advisors, FirmLedger ledger, ReadOnlySpan<Spell> spells, int advisor, int day,
        bool email, double sourceOffset, double noise)
    {
        int at = AdvisorBook.Covering(spells, day);
        int windowStart = SyntheticCalendar.Date(day).AddYears(-3).DayNumber;
        int moves = 0;
        foreach (var spell in spells)
            if (!spell.Concurrent && spell.Start > windowStart && spell.Start <= day) moves++;
        int firm = at < 0 ? -1 : spells[at].Firm;
        return new LatentState(
            TenureMonths: at < 0 ? -1 : SyntheticCalendar.MonthsBetween(spells[at].Start, day),
            Moves3Years: moves,
            FirmCrd: firm < 0 ? null : firms.Crd[firm],
            FirmReps: firm < 0 ? 0 : ledger.Headcount(firm, day),
            FirmNetChange12Months: firm < 0 ? 0 : ledger.NetChange12Months(firm, day),
            HasEmailAtContact: email,
            RepType: advisors.RepType[advisor],
            IndependentRia: firm >= 0 && firms.IsIndependentRia(firm),
            Wirehouse: firm >= 0 && firms.IsWirehouse(firm),
            ExperienceYears: (day - advisors.Entry[advisor]) / SyntheticCalendar.DaysPerYear,
            HasHistory: advisors.HasHistory[advisor],
            YearsIntoCampaign: Math.Max(0, (day - SyntheticCalendar.FirstContact.DayNumber) / SyntheticCalendar.DaysPerYear),
            SourceOffset: sourceOffset,
            Noise: noise);
    }
}
