using System.Globalization;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// Advisors, spells, leads and tasks added to a synthetic warehouse where DuckDB and PostgreSQL could part: each says
/// which difference of the dialects it would catch. CRDs from 990,000,000 stay clear of the synthetic ones.
/// </summary>
internal static class PostgresEdges
{
    /// <summary>16 reps and 17 departures in the year: turnover 106.25%, a tie that DuckDB's round(x, 1) takes up to 106.3.</summary>
    public const long EvenSplitFirm = 990_500_001;

    /// <summary>The first of its reps.</summary>
    public const long EvenSplitRep = 990_001_001;

    /// <summary>21 reps, 25 departures: turnover 119.047…%.</summary>
    public const long StayersFirm = 990_500_002;

    /// <summary>The first of its reps.</summary>
    public const long StayersRep = 990_001_101;

    /// <summary>20 reps and 5 departures (one on 2023-02-28, the first day of the leap-day year): a bleeding firm under 100%.</summary>
    public const long LeakyFirm = 990_500_003;

    /// <summary>Two blocked leads created the same minute, ids 'xLead-a' and 'xLead-B': the newest by id in byte order is B.</summary>
    public const long CaseOfIds = 990_003_001;

    /// <summary>Two blocked leads, the one without a creation date sorting last, as DuckDB sorts NULLs.</summary>
    public const long UndatedLead = 990_003_002;

    /// <summary>A lead called 46 days before 2025-12-31: the reason prints a date and a number of days.</summary>
    public const long RecentlyCalled = 990_003_003;

    /// <summary>A lead whose CRD was typed 'CRD #000990003004'.</summary>
    public const long PaddedCrd = 990_003_004;

    /// <summary>Title 'Director' + line break + 'of Wealth': '*' must not cross the line (RE2's '.' does not, PostgreSQL's does).</summary>
    public const long LineBreakTitle = 990_003_005;

    /// <summary>'Director of Wealth' on one line: a high-value wealth title.</summary>
    public const long WealthDirector = 990_003_006;

    /// <summary>
    /// At the firm since 2023-03-31, earlier at two firms, the later joined on 2021-02-28: as of 2024-02-29, 11 months and
    /// 1 year at the firm, 8 years in the industry, and 2 moves in three years (2021-02-28 counts only if the date moved back is clamped to February's end).
    /// </summary>
    public const long LeapYearMover = 990_003_008;

    public static void Add(Store warehouse)
    {
        Firm(warehouse, EvenSplitFirm, "Even Split Advisors", reps: 16, departures: 17, firstCrd: EvenSplitRep, firstLeaver: 990_002_001);
        Firm(warehouse, StayersFirm, "Stayers Group", reps: 21, departures: 25, firstCrd: StayersRep, firstLeaver: 990_002_101);
        Firm(warehouse, LeakyFirm, "Leaky Partners", reps: 20, departures: 4, firstCrd: 990_001_201, firstLeaver: 990_002_201);
        Spell(warehouse, 990_002_299, LeakyFirm, "2012-01-01", "2023-02-28");

        Advisor(warehouse, CaseOfIds, LeakyFirm, "Financial Advisor", "2022-05-01");
        Lead(warehouse, "xLead-a", CaseOfIds.ToString(CultureInfo.InvariantCulture), "'2024-03-01 09:00:00'", "Closed", doNotCall: false);
        Lead(warehouse, "xLead-B", CaseOfIds.ToString(CultureInfo.InvariantCulture), "'2024-03-01 09:00:00'", "Open", doNotCall: true);

        Advisor(warehouse, UndatedLead, LeakyFirm, "Financial Advisor", "2022-05-01");
        Lead(warehouse, "yLead-1", UndatedLead.ToString(CultureInfo.InvariantCulture), "NULL", "Closed", doNotCall: false);
        Lead(warehouse, "yLead-2", UndatedLead.ToString(CultureInfo.InvariantCulture), "'2024-01-01 09:00:00'", "Dead", doNotCall: false);

        Advisor(warehouse, RecentlyCalled, LeakyFirm, "Financial Advisor", "2022-05-01");
        Lead(warehouse, "zLead-1", RecentlyCalled.ToString(CultureInfo.InvariantCulture), "'2023-01-01 09:00:00'", "Open", doNotCall: false);
        PostgresPoolWorld.Execute(warehouse, "INSERT INTO raw.tasks VALUES ('zTask-1', 'zLead-1', DATE '2025-11-15', NULL, NULL, 'Call', NULL, 'Intro call', NULL, false)");

        Advisor(warehouse, PaddedCrd, LeakyFirm, "Financial Advisor", "2022-05-01");
        Lead(warehouse, "wLead-1", "CRD #000990003004", "'2023-01-01 09:00:00'", "Open", doNotCall: false);
        // CRDs no BIGINT holds, and the largest one that fits: none is an advisor, and none may fail the build.
        Lead(warehouse, "vLead-1", "1234567890123456789012345", "'2023-01-01 09:00:00'", "Open", doNotCall: false);
        Lead(warehouse, "vLead-2", "9223372036854775808", "'2023-01-01 09:00:00'", "Open", doNotCall: false);
        Lead(warehouse, "vLead-3", "9223372036854775807", "'2023-01-01 09:00:00'", "Open", doNotCall: false);

        Advisor(warehouse, LineBreakTitle, LeakyFirm, "'Director' || chr(10) || 'of Wealth'", "2022-05-01", titleIsSql: true);
        Advisor(warehouse, WealthDirector, LeakyFirm, "Director of Wealth", "2022-05-01");
        Advisor(warehouse, 990_003_007, LeakyFirm, "Founding Partner", "2024-01-31");
        Advisor(warehouse, LeapYearMover, LeakyFirm, "Financial Advisor", "2023-03-31");
        Spell(warehouse, LeapYearMover, 990_600_001, "2021-02-28", "2023-03-30");
        Spell(warehouse, LeapYearMover, 990_600_002, "2016-05-01", "2021-02-27");
    }

    // A firm of producing reps since 2015 and advisors who left it in June 2025.
    private static void Firm(Store warehouse, long firm, string name, int reps, int departures, long firstCrd, long firstLeaver)
    {
        for (int i = 0; i < reps; i++) Advisor(warehouse, firstCrd + i, firm, "Financial Advisor", "2015-01-01", firmName: name);
        for (int i = 0; i < departures; i++) Spell(warehouse, firstLeaver + i, firm, "2010-01-01", "2025-06-30");
    }

    private static void Advisor(Store warehouse, long crd, long firm, string title, string firmStart, bool titleIsSql = false, string? firmName = null)
    {
        string name = firmName ?? firm switch { EvenSplitFirm => "Even Split Advisors", StayersFirm => "Stayers Group", _ => "Leaky Partners" };
        PostgresPoolWorld.Execute(warehouse, "INSERT INTO raw.ria_contacts_current (ria_contact_crd_id, contact_first_name, contact_last_name, email, " +
            "linkedin_profile_url, title_name, producing_advisor, active, primary_firm, primary_firm_name, primary_firm_start_date, primary_firm_employee_count) " +
            $"VALUES ({crd}, 'Edge', 'Case {crd}', 'e{crd}@example.com', 'https://linkedin.com/in/e{crd}', {(titleIsSql ? title : $"'{title}'")}, true, true, " +
            $"{firm}, '{name}', DATE '{firmStart}', 40)");
        Spell(warehouse, crd, firm, firmStart, null);
    }

    private static void Spell(Store warehouse, long crd, long firm, string start, string? end) =>
        PostgresPoolWorld.Execute(warehouse, "INSERT INTO raw.contact_registered_employment_history VALUES " +
            $"({crd}, {firm}, 'Firm {firm}', DATE '{start}', {(end is null ? "NULL" : $"DATE '{end}'")}, {(end is null ? "NULL" : $"DATE '{end}'")})");

    private static void Lead(Store warehouse, string id, string typedCrd, string created, string status, bool doNotCall) =>
        PostgresPoolWorld.Execute(warehouse, "INSERT INTO raw.leads (id, fa_crd__c, created_date, lead_source, is_deleted, status, do_not_call) VALUES " +
            $"('{id}', '{typedCrd}', {(created == "NULL" ? "NULL" : $"TIMESTAMP {created}")}, 'Provided Lead List', false, '{status}', {(doNotCall ? "true" : "false")})");
}
