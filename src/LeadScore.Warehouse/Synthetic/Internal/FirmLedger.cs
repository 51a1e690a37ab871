namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Each firm's true monthly arrivals, departures and headcount from <see cref="SyntheticCalendar.LedgerStart"/> to
/// the snapshot, from the main spells as simulated (true end dates, not the vendor's late ones). The oracle reads a
/// firm's size and net change at a contact date from it.
/// </summary>
internal sealed class FirmLedger
{
    private readonly int months;
    private readonly int[] arrivals;
    private readonly int[] departures;
    private readonly int[] headcount;

    private FirmLedger(int firms, int months)
    {
        this.months = months;
        arrivals = new int[firms * months];
        departures = new int[firms * months];
        headcount = new int[firms * (months + 1)];
    }

    public static FirmLedger Build(AdvisorBook advisors, int firms)
    {
        int months = SyntheticCalendar.LedgerMonth(SyntheticCalendar.SnapshotDay) + 1;
        var ledger = new FirmLedger(firms, months);
        var start = new int[firms];
        int ledgerStart = SyntheticCalendar.LedgerStart.DayNumber;
        foreach (var spell in advisors.All)
        {
            if (spell.Concurrent) continue;
            if (spell.Start < ledgerStart && spell.End > ledgerStart) start[spell.Firm]++;
            int arrived = SyntheticCalendar.LedgerMonth(spell.Start);
            if (arrived >= 0 && arrived < months) ledger.arrivals[spell.Firm * months + arrived]++;
            if (spell.IsOpen) continue;
            int left = SyntheticCalendar.LedgerMonth(spell.End);
            if (left >= 0 && left < months) ledger.departures[spell.Firm * months + left]++;
        }
        for (int f = 0; f < firms; f++)
        {
            int count = start[f];
            ledger.headcount[f * (months + 1)] = count;
            for (int m = 0; m < months; m++)
            {
                count += ledger.arrivals[f * months + m] - ledger.departures[f * months + m];
                ledger.headcount[f * (months + 1) + m + 1] = count;
            }
        }
        return ledger;
    }

    /// <summary>Reps at the firm at the start of the month holding the day.</summary>
    public int Headcount(int firm, int day) => headcount[firm * (months + 1) + Month(day)];

    /// <summary>Arrivals minus departures in the 12 whole months before the month holding the day.</summary>
    public int NetChange12Months(int firm, int day)
    {
        int end = Month(day), net = 0;
        for (int m = Math.Max(0, end - 12); m < end; m++) net += arrivals[firm * months + m] - departures[firm * months + m];
        return net;
    }

    private int Month(int day) => Math.Clamp(SyntheticCalendar.LedgerMonth(day), 0, months - 1);
}
