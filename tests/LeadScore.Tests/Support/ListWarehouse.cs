using System.Globalization;
using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Replay;
using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Support;

/// <summary>
/// A warehouse in a temp folder filled row by row for lead-list tests: advisors with the list's columns, employment
/// spells, Salesforce leads, tasks and users, and a published scoring run (as of <see cref="AsOf"/>, champion m1) with
/// the percentiles a test chooses. <see cref="Build"/> closes the warehouse and runs <see cref="ListBuild"/> on its
/// file, as the command does; <see cref="Replay"/> runs <see cref="ListReplay"/> on it opened read-only; the query
/// helpers reopen it.
/// </summary>
public sealed class ListWarehouse : IDisposable
{
    /// <summary>The scoring run's date: the tier inputs are computed as of it.</summary>
    public const string AsOf = "2025-12-31";

    public const string Month = "2026-01";
    public const string Run = "run-2025-12";
    public const string Champion = "m1";

    private readonly TempFolder folder = new();
    private Store? store;

    public ListWarehouse(bool withRun = true, bool withRep = true)
    {
        Path = folder.File("list.duckdb");
        store = Store.Open(Path);
        Execute(LeadScore.Warehouse.Warehouse.Script("scores_schema"));
        if (withRun) ScoringRun(Run, AsOf);
        if (withRep) Rep("005A", "Alex Rep");
    }

    public string Path { get; }

    public Store Store => store ??= Store.OpenExisting(Path);

    /// <summary>
    /// A producing advisor. The defaults make a TIER_1_PRIME_MOVER through P2 (2 years at a firm of 5 employees,
    /// no history) with a LinkedIn profile, at a firm of its own (firm CRD = 10,000 + CRD).
    /// </summary>
    public ListWarehouse Advisor(long crd, string? first = "Ann", string? last = "Lee", string? title = "Financial Advisor", string? bio = null,
        string? licenses = null, string? linkedin = "https://linkedin.com/in/someone", long? firm = null, string? firmName = null,
        string? firmStart = "2023-06-01", int? employees = 5, string? age = null, string? disclosure = null, bool producing = true)
    {
        long firmCrd = firm ?? 10_000 + crd;
        string disclosed = disclosure is null ? "" : $", contact_has_disclosed_{disclosure}";
        Execute("INSERT INTO raw.ria_contacts_current (ria_contact_crd_id, contact_first_name, contact_last_name, email, mobile_phone_number, " +
                "linkedin_profile_url, title_name, contact_bio, rep_licenses, producing_advisor, active, primary_firm, primary_firm_name, " +
                $"primary_firm_start_date, primary_firm_employee_count, age_range{disclosed}) VALUES ({crd}, {Text(first)}, {Text(last)}, " +
                $"'a{crd}@example.com', '555-0100', {Text(linkedin)}, {Text(title)}, {Text(bio)}, {Text(licenses)}, {producing}, true, {firmCrd}, " +
                $"{Text(firmName ?? $"Firm {firmCrd} Advisors")}, {Date(firmStart)}, {employees?.ToString(CultureInfo.InvariantCulture) ?? "NULL"}, " +
                $"{Text(age)}{(disclosure is null ? "" : ", true")})");
        return this;
    }

    /// <summary>
    /// A TIER_2_PROVEN_MOVER: half a year at its own firm (no prime-mover tenure), four earlier firms since 2012
    /// (3 prior firms, 13 years of experience as of <see cref="AsOf"/>).
    /// </summary>
    public ListWarehouse ProvenMover(long crd, string? title = "Financial Advisor", string? linkedin = "https://linkedin.com/in/someone", long? firm = null,
        string? firmName = null)
    {
        Advisor(crd, title: title, linkedin: linkedin, firm: firm, firmName: firmName, firmStart: "2025-06-01");
        for (int i = 0; i < 4; i++)
            Spell(crd, 20_000 + crd * 10 + i, $"{2012 + 3 * i}-01-01", $"{2014 + 3 * i}-12-31");
        return this;
    }

    /// <summary>Non-producing contacts at a firm since 2015 (current reps that are never leads), CRDs from firm × 100.</summary>
    public ListWarehouse Colleagues(long firm, int count)
    {
        for (int i = 1; i <= count; i++) Advisor(firm * 100 + i, firm: firm, firmStart: "2015-01-01", producing: false);
        return this;
    }

    /// <summary>A spell of the advisor's employment history (at a firm named "Firm &lt;CRD&gt;" unless named).</summary>
    public ListWarehouse Spell(long crd, long firm, string start, string? end = null, string? knownAt = null, string? firmName = null)
    {
        Execute($"INSERT INTO raw.contact_registered_employment_history VALUES ({crd}, {firm}, {Text(firmName ?? $"Firm {firm}")}, {Date(start)}, {Date(end)}, {Date(knownAt ?? end)})");
        return this;
    }

    /// <summary>The advisor's champion score in a scoring run, with three reasons and a narrative.</summary>
    public ListWarehouse Score(long crd, int percentile, string run = Run, string model = Champion)
    {
        double p = percentile / 1000.0;
        Execute("INSERT INTO scores.prospect_scores VALUES " +
                $"({Text(run)}, {crd}, {Text(model)}, 'champion', 0, {p.ToString("R", CultureInfo.InvariantCulture)}, NULL, {percentile}, {percentile <= 20}, " +
                $"'has_email', '1', 0.1, 'tenure_months', '24', 0.05, 'firm_net_change_12mo', '-3', 0.01, 'Scored {percentile}.')");
        return this;
    }

    /// <summary>A scoring run attempt with one champion model.</summary>
    public ListWarehouse ScoringRun(string run, string asOf, string status = "succeeded", int attempt = 1, string? reason = null)
    {
        Execute($"INSERT INTO scores.runs VALUES ({Text(run)}, {attempt}, {Date(asOf)}, {Text(status)}, {Text(reason)}, " +
                $"'[{{\"version\":\"{Champion}\",\"role\":\"champion\"}}]', 'hash', 'features.snapshot_hash', 0, 0, '[]', '{{}}', " +
                $"TIMESTAMP '{asOf} 06:00:00' + INTERVAL {attempt} MINUTE, TIMESTAMP '{asOf} 06:30:00' + INTERVAL {attempt} MINUTE)");
        return this;
    }

    /// <summary>A Salesforce lead on the advisor's CRD (typed with a stray character, as people type them).</summary>
    public ListWarehouse Lead(string id, long crd, string status = "Open", bool doNotCall = false, bool deleted = false, string created = "2024-01-01")
    {
        Execute("INSERT INTO raw.leads (id, fa_crd__c, created_date, lead_source, is_deleted, status, do_not_call) VALUES " +
                $"({Text(id)}, '{crd} ', TIMESTAMP '{created} 09:00:00', 'Provided Lead List', {deleted}, {Text(status)}, {doNotCall})");
        return this;
    }

    /// <summary>A Salesforce task on a lead, dated by its activity date.</summary>
    public ListWarehouse Task(string id, string lead, string? activity, string? type = null, string? subtype = null, string? subject = null,
        string? callType = null, bool deleted = false)
    {
        Execute($"INSERT INTO raw.tasks VALUES ({Text(id)}, {Text(lead)}, {Date(activity)}, NULL, NULL, {Text(type)}, {Text(subtype)}, " +
                $"{Text(subject)}, {Text(callType)}, {deleted})");
        return this;
    }

    /// <summary>A Salesforce user; a sales rep when active and flagged as SGA.</summary>
    public ListWarehouse Rep(string id, string name, bool active = true, bool sga = true)
    {
        Execute($"INSERT INTO raw.users VALUES ({Text(id)}, {Text(name)}, {active}, {sga})");
        return this;
    }

    /// <summary>The date <paramref name="days"/> days before <see cref="AsOf"/>, yyyy-MM-dd.</summary>
    public static string DaysBefore(int days) => DateOnly.Parse(AsOf, CultureInfo.InvariantCulture).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The default policy with quotas and caps wide enough to stay out of the way, and no tier-share limit.</summary>
    public static ListPolicy Roomy(string name = "default")
    {
        var p = ListPolicy.Resolve(name);
        return p with
        {
            QuotasPer12Sgas = p.QuotasPer12Sgas.ToDictionary(q => q.Key, _ => 1200),
            Backfill = p.Backfill with { QuotaPer12Sgas = 1200 },
            NoLinkedinCapPer12Sgas = 1200,
            TierShareMax = new Dictionary<string, double>(),
        };
    }

    /// <summary>Builds the month's list from the warehouse file (closing this connection first, as another process would).</summary>
    public ListResult Build(ListPolicy? policy = null, int perSga = 5, bool allowShort = false, RuleSet? rules = null, string month = Month, string? run = null)
    {
        Close();
        return ListBuild.Execute(Path, new ListRequest(month, run, policy ?? Roomy(), rules ?? RuleSet.Builtin(), perSga, allowShort), _ => { });
    }

    /// <summary>As <see cref="Build"/>, expecting the build to refuse with a <see cref="ListException"/>.</summary>
    public ListException Refused(ListPolicy? policy = null, int perSga = 5, bool allowShort = false, RuleSet? rules = null, string month = Month, string? run = null)
    {
        Close();
        return Assert.Throws<ListException>(() => ListBuild.Execute(Path, new ListRequest(month, run, policy ?? Roomy(), rules ?? RuleSet.Builtin(), perSga, allowShort), _ => { }));
    }

    /// <summary>A firm of the vendor's firm table, with its employee count.</summary>
    public ListWarehouse Firm(long crd, string name, int? employees)
    {
        Execute($"INSERT INTO raw.firms VALUES ({crd}, {Text(name)}, NULL, {employees?.ToString(CultureInfo.InvariantCulture) ?? "NULL"})");
        return this;
    }

    /// <summary>
    /// Replays the list on <paramref name="leads"/> with the warehouse opened read-only (closing this connection first);
    /// <paramref name="armBuilt"/> sees each arm's pool on the replay's connection.
    /// </summary>
    public ReplayResult Replay(IReadOnlyList<ReplayLead> leads, IReadOnlyList<ReplayArm> arms, ListPolicy policy, int listSize, RuleSet? rules = null,
        Action<string, string, Store>? armBuilt = null)
    {
        Close();
        using var readOnly = Store.OpenExisting(Path, readOnly: true);
        return ListReplay.Run(readOnly, new ReplayRequest(leads, arms, rules ?? RuleSet.Builtin(), policy, listSize), null,
            armBuilt is null ? null : (month, arm) => armBuilt(month, arm, readOnly));
    }

    /// <summary>The step and reason that dropped the advisor from the published list, or null.</summary>
    public (string Step, string Reason)? Dropped(long crd, string listId = Month)
    {
        var rows = Rows($"SELECT step, reason FROM {ListStore.DroppedTable} WHERE list_id = '{listId}' AND advisor_crd = {crd}");
        return rows.Count == 0 ? null : ((string)rows[0]["step"]!, (string)rows[0]["reason"]!);
    }

    /// <summary>The advisor's row of the published list, or null.</summary>
    public Dictionary<string, object?>? OnList(long crd, string listId = Month)
    {
        var rows = Rows($"SELECT * FROM {ListStore.LeadsTable} WHERE list_id = '{listId}' AND advisor_crd = {crd}");
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The advisor's row of the published list; fails with the advisor's drop reason, or the attempt's, when it is not on it.</summary>
    public Dictionary<string, object?> Listed(long crd, string listId = Month)
    {
        if (OnList(crd, listId) is { } row) return row;
        var runs = Rows($"SELECT attempt, status, reason FROM {ListStore.RunsTable} WHERE list_id = '{listId}' ORDER BY attempt");
        Assert.Fail($"advisor {crd} is not on list {listId}: dropped {Dropped(crd, listId)?.ToString() ?? "(no)"}; attempts: " +
                    string.Join("; ", runs.Select(r => $"{r["attempt"]} {r["status"]} {r["reason"]}")));
        return null!;
    }

    /// <summary>The CRDs on the published list, in list order.</summary>
    public IReadOnlyList<long> ListCrds(string listId = Month) =>
        Rows($"SELECT advisor_crd FROM {ListStore.LeadsTable} WHERE list_id = '{listId}' ORDER BY list_rank").Select(r => Convert.ToInt64(r["advisor_crd"], CultureInfo.InvariantCulture)).ToList();

    public List<Dictionary<string, object?>> Rows(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        return rows;
    }

    public void Execute(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Close()
    {
        store?.Dispose();
        store = null;
    }

    public void Dispose()
    {
        Close();
        folder.Dispose();
    }

    private static string Text(string? value) => value is null ? "NULL" : "'" + value.Replace("'", "''") + "'";

    private static string Date(string? value) => value is null ? "NULL" : $"DATE '{value}'";
}
