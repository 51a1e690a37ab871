using System.Globalization;
using LeadScore.Metrics;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Outcomes;
using LeadScore.Warehouse.Synthetic.Internal;

namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// Salesforce-like outcomes for a published lead list, drawn from the generator's ground truth and written as a file
/// <see cref="OutcomeImport"/> reads, so that monitoring can be exercised on known truth.
/// </summary>
/// <remarks>
/// <para><b>Contacts.</b> Each rep works through their leads over the list's month: in an order drawn for the seed,
/// spread evenly over its working days (Monday to Friday), lead k of n on working day ⌊k·W/n⌋.</para>
/// <para><b>Conversions.</b> A lead converts with its advisor's true probability (<c>synth.advisor_truth</c>), after a
/// delay drawn from the labelled history (<see cref="ConversionDelays"/>, within 43 days). Each lead's draws come from
/// a stream of its own, keyed by its advisor, so the scenarios differ only where they say: <see cref="OutcomeScenario.Degraded"/>
/// shuffles the probabilities among the list's leads; <see cref="OutcomeScenario.Delayed"/> keeps the healthy
/// conversions and triples their delays (at most 120 days).</para>
/// <para><b>The cut-off.</b> The file is an export taken <see cref="SyntheticOutcomeRequest.Days"/> days after the list's first
/// day: a lead not yet contacted then is absent, a call scheduled after it is not known yet (status Contacting).</para>
/// </remarks>
public static class SyntheticOutcomes
{
    public const string Converted = "Call Scheduled";
    public const string Contacting = "Contacting";
    public const int DelayFactor = 3;
    public const int LongestDelay = 120;

    private const ulong LeadStream = 0x0D_0000_0000UL;
    private const ulong ContactStream = 0x0E_0000_0000UL;
    private const ulong ShuffleStream = 0x0F_0000_0000UL;
    private const string Table = "synthetic_outcomes";

    public static SyntheticOutcomeResult Write(Warehouse warehouse, SyntheticOutcomeRequest request)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(request);
        var list = ListStore.Published(warehouse, request.ListId) ?? throw WarehouseException.NoPublishedList(request.ListId,
            ListStore.Runs(warehouse).Where(r => r.Status == AttemptStatus.Succeeded).Select(r => r.ListId));
        if (!warehouse.HasTable("synth.advisor_truth")) throw WarehouseException.NotSynthetic(warehouse.Path);
        var first = DateOnly.ParseExact(list.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var cutOff = first.AddDays(request.Days);
        var leads = ListLeads.Read(warehouse, request.ListId);
        var delays = ConversionDelays.Read(warehouse);
        var contacts = Contacts(leads, first, request.Seed);
        var probabilities = leads.Select(l => l.Probability).ToArray();
        if (request.Scenario == OutcomeScenario.Degraded) Shuffle(probabilities, new RandomStream((ulong)request.Seed, ShuffleStream));

        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Table} (lead_id VARCHAR, advisor_crd BIGINT, contacted_date DATE, call_scheduled_date DATE, status VARCHAR)");
        try
        {
            long drawn = 0, known = 0, written = 0;
            var random = new RandomStream(0, 0);
            using (var appender = warehouse.DuckDb.CreateAppender("temp", "main", Table))
                for (int i = 0; i < leads.Count; i++)
                {
                    random.Reseed((ulong)request.Seed, LeadStream + (ulong)leads[i].AdvisorCrd);
                    bool converts = random.NextDouble() < probabilities[i];
                    int delay = delays.Draw(random);
                    if (request.Scenario == OutcomeScenario.Delayed) delay = Math.Min(DelayFactor * delay, LongestDelay);
                    if (converts) drawn++;
                    if (contacts[i] > cutOff) continue;
                    var call = converts && contacts[i].AddDays(delay) <= cutOff ? contacts[i].AddDays(delay) : (DateOnly?)null;
                    var row = appender.CreateRow().AppendValue(leads[i].LeadId).AppendValue(leads[i].AdvisorCrd).AppendValue(contacts[i]);
                    row = call is { } day ? row.AppendValue(day) : row.AppendNullValue();
                    row.AppendValue(call is null ? Contacting : Converted).EndRow();
                    written++;
                    if (call is not null) known++;
                }
            FileCopy.Run(warehouse, $"SELECT * FROM {Table} ORDER BY contacted_date, lead_id", request.Out);
            var dates = contacts.Where(c => c <= cutOff).DefaultIfEmpty(first).ToList();
            return new SyntheticOutcomeResult(request, cutOff, leads.Count, written, dates.Min(), dates.Max(), drawn, known,
                leads.Sum(l => l.Probability), delays.Source, delays.Count, delays.Median, delays.P90);
        }
        finally
        {
            warehouse.Execute($"DROP TABLE IF EXISTS {Table}");
        }
    }

    // Each rep's leads in an order drawn for the seed, lead k of n on working day ⌊k·W/n⌋ of the month.
    private static DateOnly[] Contacts(IReadOnlyList<ListLead> leads, DateOnly first, long seed)
    {
        var workingDays = Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToArray();
        var contacts = new DateOnly[leads.Count];
        var reps = Enumerable.Range(0, leads.Count).GroupBy(i => leads[i].RepId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (int r = 0; r < reps.Count; r++)
        {
            var order = reps[r].ToArray();
            Shuffle(order, new RandomStream((ulong)seed, ContactStream + (ulong)r));
            for (int k = 0; k < order.Length; k++) contacts[order[k]] = workingDays[k * workingDays.Length / order.Length];
        }
        return contacts;
    }

    // Fisher–Yates.
    private static void Shuffle<T>(T[] items, RandomStream random)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
