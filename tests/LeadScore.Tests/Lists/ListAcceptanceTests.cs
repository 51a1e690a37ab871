using LeadScore.Warehouse;
using System.Globalization;
using System.Text.RegularExpressions;
using LeadScore.Lists.Allocation;
using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Lists;

/// <summary>
/// The January list on the full-scale synthetic warehouse, checked the way a reviewer would: every validation the
/// build claims is recomputed here from the raw tables with independent queries (and the exclusions with .NET's own
/// regular expressions), not with the build's SQL.
/// </summary>
[Collection(ListWorldCollection.Name)]
public sealed class ListAcceptanceTests(ListWorld world) : IDisposable
{
    private readonly Store warehouse = Store.OpenExisting(world.Database, readOnly: true);

    public void Dispose() => warehouse.Dispose();

    private long Scalar(string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<object?[]> Rows(string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    private const string Leads = "lists.leads WHERE list_id = '2026-01'";

    [Fact]
    public void The_list_is_published_with_every_check_passing()
    {
        Assert.True(world.List.Published, world.List.Record.Reason);
        Assert.All(world.List.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Value} (expected {c.Expected})"));
        Assert.Equal(AttemptStatus.Succeeded, Rows("SELECT status FROM lists.runs WHERE list_id = '2026-01'").Single()[0]);
    }

    [Fact]
    public void Fourteen_reps_get_exactly_200_unique_advisors_each()
    {
        Assert.Equal(14, Scalar("SELECT count(*) FROM raw.users WHERE is_active AND is_sga__c"));
        Assert.Equal(2800, Scalar($"SELECT count(*) FROM {Leads}"));
        Assert.Equal(2800, Scalar($"SELECT count(DISTINCT advisor_crd) FROM {Leads}"));
        var perRep = Rows($"SELECT sga_id, count(*) FROM {Leads} GROUP BY sga_id");
        Assert.Equal(14, perRep.Count);
        Assert.All(perRep, r => Assert.Equal(200L, Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        Assert.Equal(Enumerable.Range(1, 2800).Select(i => (long)i), Rows($"SELECT list_rank FROM {Leads} ORDER BY list_rank").Select(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_lead_has_the_champions_score_percentile_three_reasons_and_a_narrative()
    {
        // Against the scoring run itself, not the copies in lists.leads.
        Assert.Equal(2800, Scalar("SELECT count(*) FROM lists.leads l JOIN scores.prospect_scores s ON s.advisor_crd = l.advisor_crd AND s.run_id = '2025-12-31' " +
                                  "AND s.role = 'champion' AND s.percentile = l.v4_percentile AND s.reason1_feature = l.reason1_feature AND s.reason3_feature IS NOT NULL " +
                                  "AND s.narrative = l.v4_narrative AND length(s.narrative) > 20 WHERE l.list_id = '2026-01'"));
        Assert.Equal(0, Scalar($"SELECT count(*) FROM {Leads} AND (score_narrative IS NULL OR length(score_narrative) < 20)"));
    }

    [Fact]
    public void No_lead_is_at_an_excluded_firm_or_has_an_excluded_title()
    {
        var rules = RuleSet.Builtin();
        var firms = rules.Exclusions.FirmPatterns.Where(p => p.Enabled).Select(p => WholeWord(p.Pattern)).ToArray();
        var titles = rules.Exclusions.TitlePatterns.Where(p => p.Enabled).Select(p => WholeWord(p.Pattern)).ToArray();
        var crds = rules.Exclusions.FirmCrds.Select(c => c.Crd).ToHashSet();
        var rows = Rows($"SELECT c.primary_firm_name, c.title_name, c.primary_firm FROM {Leads.Replace("WHERE", "l JOIN raw.ria_contacts_current c ON c.ria_contact_crd_id = l.advisor_crd WHERE", StringComparison.Ordinal)}");
        Assert.Equal(2800, rows.Count);
        foreach (var row in rows)
        {
            var firm = (string)row[0]!;
            Assert.DoesNotContain(firms, f => f.IsMatch(firm));
            if (row[1] is string title) Assert.DoesNotContain(titles, t => t.IsMatch(title));
            Assert.DoesNotContain(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), crds);
        }
        // The word rule is not vacuous here: the warehouse has producing advisors at excluded brands and with excluded titles.
        var everyone = Rows("SELECT primary_firm_name FROM raw.ria_contacts_current WHERE producing_advisor AND primary_firm_name IS NOT NULL");
        Assert.True(everyone.Count(r => firms.Any(f => f.IsMatch((string)r[0]!))) > 10_000);
    }

    private static Regex WholeWord(string pattern) =>
        new(@"(?<![A-Z0-9])" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + @"(?![A-Z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void No_lead_is_do_not_call_closed_or_called_in_the_last_180_days()
    {
        const string Matched = "JOIN raw.leads sf ON TRY_CAST(nullif(regexp_replace(sf.fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT) = l.advisor_crd AND NOT coalesce(sf.is_deleted, false)";
        Assert.Equal(0, Scalar($"SELECT count(*) FROM lists.leads l {Matched} WHERE l.list_id = '2026-01' AND sf.do_not_call"));
        Assert.Equal(0, Scalar($"SELECT count(*) FROM lists.leads l {Matched} WHERE l.list_id = '2026-01' AND sf.status IN ('Closed', 'Converted', 'Dead', 'Unqualified', " +
                               "'Disqualified', 'Do Not Contact', 'Not Qualified', 'Bad Data', 'Duplicate')"));
        Assert.Equal(0, Scalar($"SELECT count(*) FROM lists.leads l {Matched} JOIN raw.tasks t ON t.who_id = sf.id AND NOT coalesce(t.is_deleted, false) " +
                               "WHERE l.list_id = '2026-01' AND (t.type IN ('Call', 'Outgoing SMS', 'Incoming SMS') OR t.task_subtype = 'Call' OR t.call_type IS NOT NULL " +
                               "OR upper(t.subject) SIMILAR TO '.*(CALL|SMS|TEXT).*') AND greatest(t.activity_date, CAST(t.completed_date_time AS DATE), CAST(t.created_date AS DATE)) > DATE '2025-12-31' - 180"));
        // Recyclable advisors pass the Salesforce step (new prospects rank first within a tier, so quotas may leave them out).
        Assert.True(Scalar("SELECT count(*) FROM lists.dropped d WHERE d.list_id = '2026-01' AND d.step IN ('firm_cap', 'quota', 'no_linkedin_cap', 'list_size') AND EXISTS " +
                           "(SELECT 1 FROM raw.leads sf WHERE TRY_CAST(nullif(regexp_replace(sf.fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT) = d.advisor_crd " +
                           "AND NOT coalesce(sf.is_deleted, false))") + Scalar($"SELECT count(*) FROM {Leads} AND prospect_type = 'IN_SALESFORCE' AND salesforce_lead_id LIKE '00Q%'") > 0);
    }

    [Fact]
    public void The_firm_cap_the_bottom_20_and_the_disagreement_filter_hold()
    {
        Assert.True(Scalar($"SELECT max(n) FROM (SELECT count(*) AS n FROM lists.leads l JOIN raw.ria_contacts_current c ON c.ria_contact_crd_id = l.advisor_crd " +
                           "WHERE l.list_id = '2026-01' GROUP BY c.primary_firm)") <= 50);
        Assert.Equal(0, Scalar("SELECT count(*) FROM lists.leads l JOIN scores.prospect_scores s ON s.advisor_crd = l.advisor_crd AND s.run_id = '2025-12-31' " +
                               "WHERE l.list_id = '2026-01' AND s.percentile <= 20"));
        Assert.Equal(0, Scalar($"SELECT count(*) FROM {Leads} AND v3_tier IN ('TIER_1A_PRIME_MOVER_CFP', 'TIER_1B_PRIME_MOVER_SERIES65', 'TIER_1_PRIME_MOVER', " +
                               "'TIER_1F_HV_WEALTH_BLEEDER') AND v4_percentile < 60"));
        Assert.Equal(0, Scalar($"SELECT count(*) FROM {Leads} AND final_tier = 'STANDARD_HIGH_V4' AND (v3_tier <> 'STANDARD' OR v4_percentile < 80)"));
    }

    [Fact]
    public void A_firms_partners_and_founders_share_one_rep()
    {
        Assert.True(Scalar($"SELECT count(*) FROM {Leads} AND is_partner_founder") > 0);
        var partners = new Regex(@"\b(PARTNER|FOUNDER|FOUNDING)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var byFirm = Rows($"SELECT firm_crd, job_title, sga_id FROM {Leads} AND job_title IS NOT NULL").Where(r => partners.IsMatch((string)r[1]!))
            .GroupBy(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)).ToList();
        Assert.True(byFirm.Count > 0);
        Assert.All(byFirm, firm => Assert.Single(firm.Select(r => (string)r[2]!).Distinct()));
    }

    [Fact]
    public void Tier_quotas_for_14_reps_and_the_backfill_share_hold()
    {
        var quotas = new Dictionary<string, long>
        {
            ["TIER_1A_PRIME_MOVER_CFP"] = 58, ["TIER_1B_PRIME_MOVER_SERIES65"] = 70, ["TIER_1_PRIME_MOVER"] = 350, ["TIER_1F_HV_WEALTH_BLEEDER"] = 58,
            ["TIER_2_PROVEN_MOVER"] = 1750, ["TIER_3_MODERATE_BLEEDER"] = 350, ["STANDARD_HIGH_V4"] = 1750,
        };
        foreach (var row in Rows($"SELECT final_tier, count(*) FROM {Leads} GROUP BY 1"))
            Assert.True(Convert.ToInt64(row[1], CultureInfo.InvariantCulture) <= quotas[(string)row[0]!], $"{row[0]}: {row[1]}");
        Assert.True(Scalar($"SELECT count(*) FROM {Leads} AND final_tier = 'STANDARD_HIGH_V4'") <= 0.65 * 2800);
    }

    [Fact]
    public void The_balanced_assignment_spreads_expected_conversions_less_than_the_original_round_robin_on_the_same_pool()
    {
        var summary = world.List.Summary;
        Assert.Equal("balanced", summary.Assignment.Method.Label());
        Assert.Equal("round-robin", summary.Comparison.Method.Label());
        Assert.True(summary.Assignment.Spread < summary.Comparison.Spread, $"{summary.Assignment.Spread} vs {summary.Comparison.Spread}");
        // Recomputed from the published rows.
        var perRep = Rows($"SELECT sum(expected_rate) FROM {Leads} GROUP BY sga_id").Select(r => Convert.ToDouble(r[0], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(summary.Assignment.Spread, perRep.Max() - perRep.Min(), 9);
    }

    [Fact]
    public void Every_producing_advisor_not_on_the_list_keeps_the_reason_it_was_dropped()
    {
        long producing = Scalar("SELECT count(*) FROM raw.ria_contacts_current WHERE producing_advisor");
        Assert.Equal(producing, Scalar($"SELECT count(*) FROM {Leads}") + Scalar("SELECT count(*) FROM lists.dropped WHERE list_id = '2026-01'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM lists.dropped d JOIN lists.leads l USING (list_id, advisor_crd)"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM lists.dropped WHERE list_id = '2026-01' AND (reason IS NULL OR length(reason) < 10)"));
        var crd = Scalar("SELECT min(advisor_crd) FROM lists.dropped WHERE step = 'salesforce'");
        var standing = ListStore.Standing(warehouse, "2026-01", crd)!;
        Assert.False(standing.OnList);
        Assert.StartsWith("Salesforce lead 00Q", standing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_ground_truth_the_list_converts_better_than_the_average_producing_advisor()
    {
        double list = Rows($"SELECT avg(t.probability) FROM lists.leads l JOIN synth.advisor_truth t USING (advisor_crd) WHERE l.list_id = '2026-01'").Single()[0] is double d ? d : double.NaN;
        double all = Rows("SELECT avg(probability) FROM synth.advisor_truth").Single()[0] is double a ? a : double.NaN;
        Assert.True(list > all, $"list {list:P2} vs every producing advisor {all:P2}");
    }
}
