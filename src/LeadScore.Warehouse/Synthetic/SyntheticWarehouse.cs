using System.Diagnostics;
using LeadScore.Warehouse.Synthetic.Internal;

namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// Fills every raw table of a warehouse with a deterministic synthetic world shaped like the real sources (spec §1.2–1.7):
/// about 788k FINTRX contacts (286k producing), 2.2M registration spells, 9k firms with heavy-tailed sizes and the
/// wirehouse brands, the Broker Protocol list, 14 active SGAs, ~39k Salesforce leads of which ~31k form the labelled
/// population at a 2–3% conversion rate, and ~107k Salesforce tasks on those leads. Everything scales with <see cref="SyntheticOptions.Advisors"/>; the same seed
/// gives the same rows on the same platform (own xoshiro256** streams, no System.Random, no threads).
/// </summary>
/// <remarks>
/// <para><b>Atomic.</b> A fill drops and recreates the raw tables and writes every row inside one transaction: a failed
/// run leaves the warehouse as it was. It fills only a warehouse whose raw tables are empty or hold exactly what the
/// last synthetic run wrote (<see cref="Inspect"/>); it never overwrites imported data.</para>
/// <para><b>Ground truth.</b> Each contacted lead's outcome is drawn from a known logistic function of the advisor's true
/// point-in-time state on the contact day (<c>synth.oracle</c>, with the latent values); <c>synth.advisor_truth</c> holds
/// the same function for every active producing advisor as if contacted on 2025-12-31, so the true expected conversions
/// of any lead list are known; <c>synth.runs</c> records the seed, the size and the timings.</para>
/// <para><b>Lead-list inputs</b> (spec §5.2 A–E, M, §5.5), drawn from streams of their own so that the tables the
/// training reads keep their content:</para>
/// <list type="bullet">
/// <item>Tasks: a call, text or intro email on the contact day, follow-ups after, nurture touches months later, so some
/// leads were last called or texted within 180 days of 2025-12-31, most long before, about one in ten never; calls known
/// only by subject, subtype or call type, emails whose subject says "call", deleted tasks, tasks completed or created
/// after their activity date, NULL activity dates.</item>
/// <item>Lead Status (open and the closed set), DoNotCall on ~3%, Disposition__c on closed leads; second and third lead
/// rows for ~3% of lead advisors (CRD typed another way, a quarter deleted, never contacted, so never labelled).</item>
/// <item>Titles the list excludes (Paraplanner, Internal Wholesaler, Insurance Agent, …), titles only a substring
/// pattern catches ("MVP Client Advisor", "Precious Metals Advisor"), officers (Vice President, CIO, CFO), the
/// high-value wealth titles, and small and mid-size firms led by 2–6 partners and founders.</item>
/// <item>The company (CRD 318493, "Savvy Wealth") and the partner firm (CRD 168652, "Ritholtz Wealth Management") with a
/// few dozen producing advisors each, renamed after the campaign so their old leads keep the earlier Company name;
/// agencies named after insurers and broker-dealers as whole words ("… Insurance Services LLC", "… State Farm
/// Agency"); many firms above the list's cap of 50 producing advisors.</item>
/// <item>Disclosure flags on ~5% of advisors, customer disputes most often, criminal ones rare.</item>
/// </list>
/// <para><b>Traps, on purpose</b> (each is pinned by a test):</para>
/// <list type="number">
/// <item><b>Late end dates.</b> A closed spell's END_DATE arrives 30–180 days after the end (truncated exponential, long
/// tail), in <c>end_date_known_at</c>; an end not known by the snapshot is still NULL, and 2.5% of ends are never filled
/// although the advisor moved on (stale open spells).</item>
/// <item><b>Moves after contact</b> (spec §2.6, the days_since_last_move = 9999 leak). Some lead advisors change firm
/// after being contacted, converters far more often (recruited), so PRIMARY_FIRM_START_DATE lies after the contact day
/// for about a tenth of leads, more for older leads.</item>
/// <item><b>Firm name variants.</b> One firm CRD is registered under several spellings in the history ("Acme Wealth
/// LLC", "ACME WEALTH, LLC", "Acme Wealth"); "Edward D. Jones &amp; Co., L.P." escapes the EDWARD JONES pattern and
/// small firms like "Hubspoke Capital" match UBS by accident.</item>
/// <item><b>Overlapping and open-ended spells</b> (spec §10.2.14): new spells that start before the previous one ends,
/// and concurrent registrations, four in ten never closed.</item>
/// <item><b>Missing values</b> where the real data has them: FINTRX email ~41% NULL (a few blank), PRIMARY_FIRM_START_DATE
/// ~11% NULL (spec: ~15%), advisors with no history at all (~21% of leads), Lead.Email ~35% NULL, LinkedIn ~2% NULL, CRD typed as
/// "CRD 123456".</item>
/// <item><b>Outcome-correlated enrichment</b> (spec §10.2.2): reps added an email to many leads after they converted,
/// so Lead.Email is not the contact-day state.</item>
/// <item><b>Target quirks</b> (spec §1.7, §10.2.13): a few calls scheduled before the contact, converters after day 43,
/// leads from other sources, staff leads at "Savvy", deleted and never-contacted leads.</item>
/// </list>
/// </remarks>
public static partial class SyntheticWarehouse
{
    public const string GeneratorVersion = "synth-1";

    /// <summary>Generates the world and writes it into the warehouse in one transaction.</summary>
    /// <exception cref="InvalidOperationException">The raw tables hold data the generator did not write (check <see cref="Inspect"/> first).</exception>
    public static SyntheticRun Fill(Warehouse warehouse, SyntheticOptions options, IProgress<SyntheticProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(options);
        var content = Inspect(warehouse);
        if (!content.CanFill)
            throw new InvalidOperationException($"raw.{content.Table} holds {content.Rows} rows the generator did not write; Inspect before Fill.");

        var clock = Stopwatch.StartNew();
        progress?.Report(new SyntheticProgress("firms and careers", 0, options.Advisors));
        var firms = FirmBook.Create(options);
        var advisors = CareerSimulator.Run(options, firms);
        var listFirms = ListFirms.Designate(options, firms, advisors);
        var ledger = FirmLedger.Build(advisors, firms.Count);
        var team = SalesTeam.Create(options.Seed);
        progress?.Report(new SyntheticProgress("leads", 0, options.ListLeads));
        var campaign = new LeadCampaign(options, firms, advisors, ledger, team);
        var leads = campaign.Run();
        progress?.Report(new SyntheticProgress("lead list inputs", 0, options.Advisors));
        listFirms.Rename(firms);
        DuplicateLeads.Add(options, firms, advisors, team, leads);
        LeadStatuses.Assign(options, leads);
        var tasks = TaskLog.Create(options, leads);
        var titles = AdvisorTitles.Create(options, firms, advisors);
        var truths = AdvisorTruth.Compute(options, firms, advisors, ledger, campaign.Intercept);
        var generate = clock.Elapsed;

        clock.Restart();
        var rows = new Dictionary<string, long>();
        long oracleRows;
        warehouse.Execute("BEGIN TRANSACTION");
        try
        {
            Recreate(warehouse);
            var writer = new RawTableWriter(warehouse.DuckDb, options, firms, advisors, titles, progress);
            rows["ria_contacts_current"] = writer.Contacts();
            rows["contact_registered_employment_history"] = writer.History();
            rows["firms"] = writer.Firms();
            rows["broker_protocol_members"] = writer.BrokerProtocol();
            rows["users"] = writer.Users(team);
            rows["leads"] = writer.Leads(leads);
            rows["tasks"] = writer.Tasks(tasks);
            oracleRows = WriteOracle(warehouse, advisors, leads);
            WriteTruth(warehouse, truths);
            var labelled = leads.Where(l => l.Labelled && l.HasLatent).ToList();
            var run = new SyntheticRun(options, rows, oracleRows, labelled.Count,
                labelled.Count(l => l.Converted) / (double)labelled.Count, labelled.Average(l => l.Probability), generate, clock.Elapsed) { TruthRows = truths.Count };
            WriteRun(warehouse, run, campaign.Intercept);
            warehouse.Execute("COMMIT");
            progress?.Report(new SyntheticProgress("done", options.Advisors, options.Advisors));
            return run with { Write = clock.Elapsed };
        }
        catch
        {
            warehouse.Execute("ROLLBACK");
            throw;
        }
    }

    /// <summary>Drops the raw tables and the current oracle, then creates them again from the schema scripts.</summary>
    private static void Recreate(Warehouse warehouse)
    {
        foreach (var table in warehouse.RawTables())
            warehouse.Execute($"DROP TABLE {table.Qualified}");
        warehouse.Execute(Warehouse.Script("raw_schema"));
        warehouse.Execute(Warehouse.Script("synth_schema"));
        warehouse.Execute("DROP TABLE synth.oracle; DROP TABLE synth.advisor_truth; DELETE FROM synth.run_tables;");
        warehouse.Execute(Warehouse.Script("synth_schema"));
    }
}
