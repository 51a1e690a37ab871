using LeadScore.Tests.Support;
using LeadScore.Warehouse.Synthetic;

namespace LeadScore.Tests.Warehouse;

/// <summary>
/// The inputs of the monthly lead list in the synthetic world (spec §5.2 A–E, M, §5.5): tasks, lead statuses,
/// duplicate leads, titles, the special firms, disclosures and the per-advisor ground truth, at 40,000 advisors.
/// </summary>
public sealed class SyntheticListInputTests(SyntheticWorldFixture world) : IClassFixture<SyntheticWorldFixture>
{
    /// <summary>Spec §5.2 D: each lead's last non-deleted call or text, greatest of its three dates, NULL as 1900-01-01.</summary>
    private const string LastCallOrText =
        "SELECT who_id, max(greatest(coalesce(activity_date, DATE '1900-01-01'), coalesce(CAST(completed_date_time AS DATE), DATE '1900-01-01'), " +
        "coalesce(CAST(created_date AS DATE), DATE '1900-01-01'))) AS last_at FROM raw.tasks WHERE NOT coalesce(is_deleted, false) " +
        "AND (type IN ('Outgoing SMS', 'Incoming SMS', 'Call') OR upper(subject) LIKE '%SMS%' OR upper(subject) LIKE '%TEXT%' " +
        "OR upper(subject) LIKE '%CALL%' OR task_subtype = 'Call' OR call_type IS NOT NULL) GROUP BY who_id";

    private const string Producing = "FROM raw.ria_contacts_current WHERE producing_advisor AND active";

    private const string ExcludedTitle =
        "regexp_matches(upper(title_name), 'FINANCIAL SOLUTIONS ADVISOR|PARAPLANNER|ASSOCIATE ADVISOR|OPERATIONS|WHOLESALER|COMPLIANCE|ASSISTANT|INSURANCE AGENT|INSURANCE')";

    private const string Crd = "TRY_CAST(NULLIF(regexp_replace(fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT)";

    private double Share(string condition, string from) => world.Scalar($"SELECT avg(coalesce(({condition}), false)::INT) {from}");

    [Fact]
    public void Contacted_leads_were_last_called_recently_long_ago_or_never()
    {
        string from = $"FROM raw.leads l LEFT JOIN ({LastCallOrText}) t ON t.who_id = l.id WHERE l.stage_entered_contacting__c IS NOT NULL";
        double recent = Share("t.last_at > DATE '2025-12-31' - 180", from);
        double never = Share("t.last_at IS NULL", from);
        Assert.InRange(recent, 0.15, 0.45);
        Assert.InRange(never, 0.05, 0.25);
        Assert.InRange(1 - recent - never, 0.40, 0.75);
    }

    [Fact]
    public void Tasks_hold_every_shape_the_recyclability_rule_reads()
    {
        foreach (var type in new[] { "Call", "Outgoing SMS", "Incoming SMS", "Email" })
            Assert.True(world.Scalar($"SELECT count(*) FROM raw.tasks WHERE type = '{type}'") > 0, type);
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM raw.tasks WHERE task_subtype NOT IN ('Call', 'Email', 'Task') OR task_subtype IS NULL"));
        foreach (var subject in new[] { "Call", "Text message", "SMS follow-up", "Intro email" })
            Assert.True(world.Scalar($"SELECT count(*) FROM raw.tasks WHERE subject = '{subject}'") > 0, subject);
        Assert.InRange(Share("call_type = 'Outbound'", "FROM raw.tasks"), 0.1, 0.6);
        Assert.InRange(Share("is_deleted", "FROM raw.tasks"), 0.01, 0.05);
        // Calls known only by one of the rule's clauses: subject, subtype, call type; and an email whose subject says "call".
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE type IS NULL AND subject = 'Call' AND task_subtype = 'Task' AND call_type IS NULL") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE type IS NULL AND task_subtype = 'Call' AND upper(subject) NOT LIKE '%CALL%'") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE type IS NULL AND task_subtype = 'Task' AND call_type IS NOT NULL AND upper(subject) NOT LIKE '%CALL%'") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE type = 'Email' AND upper(subject) LIKE '%CALL%'") > 0);
        // Dates the greatest() of the rule must look past.
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE CAST(completed_date_time AS DATE) > activity_date") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE CAST(created_date AS DATE) > activity_date") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.tasks WHERE activity_date IS NULL") > 0);
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM raw.tasks WHERE activity_date > DATE '2025-12-30' OR completed_date_time >= TIMESTAMP '2025-12-31' OR created_date >= TIMESTAMP '2025-12-31'"));
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM raw.tasks WHERE id NOT LIKE '00T%' OR length(id) <> 18 OR who_id NOT IN (SELECT id FROM raw.leads)"));
    }

    [Fact]
    public void Leads_carry_open_and_closed_statuses_do_not_call_and_dispositions()
    {
        string[] open = ["Open", "Contacted", "Nurture", "Qualified"];
        string[] closed = ["Closed", "Converted", "Dead", "Unqualified", "Disqualified", "Do Not Contact", "Not Qualified", "Bad Data", "Duplicate"];
        foreach (var status in open.Concat(closed))
            Assert.True(world.Scalar($"SELECT count(*) FROM raw.leads WHERE status = '{status}'") > 0, status);
        string known = string.Join(", ", open.Concat(closed).Select(s => $"'{s}'"));
        Assert.Equal(0, world.Scalar($"SELECT count(*) FROM raw.leads WHERE status IS NULL OR status NOT IN ({known})"));
        Assert.InRange(Share("do_not_call", "FROM raw.leads"), 0.02, 0.05);
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM raw.leads WHERE status IN ('Open', 'Contacted', 'Qualified') AND disposition__c IS NOT NULL"));
        Assert.True(Share("disposition__c IS NOT NULL", "FROM raw.leads WHERE status IN ('Closed', 'Dead', 'Unqualified')") > 0.8);
        foreach (var disposition in new[] { "No Response", "Not Interested", "Bad Contact Info", "No Show" })
            Assert.True(world.Scalar($"SELECT count(*) FROM raw.leads WHERE disposition__c = '{disposition}'") > 0, disposition);
        Assert.True(Share("l.status IN ('Qualified', 'Converted')", "FROM raw.leads l JOIN synth.oracle o ON o.lead_id = l.id WHERE o.converted") > 0.8);
    }

    [Fact]
    public void About_three_percent_of_lead_advisors_have_a_second_lead_that_never_enters_the_labelled_population()
    {
        const string PerAdvisor = $"SELECT {Crd} AS crd, count(*) AS rows FROM raw.leads WHERE {Crd} IS NOT NULL GROUP BY 1";
        Assert.InRange(world.Scalar($"SELECT avg((rows > 1)::INT) FROM ({PerAdvisor})"), 0.02, 0.045);
        Assert.True(world.Scalar($"SELECT count(*) FROM ({PerAdvisor}) WHERE rows >= 3") > 0);
        // The extra rows: a CRD typed another way, some deleted, none contacted, none in the oracle.
        const string Extra = "FROM raw.leads l WHERE NOT EXISTS (SELECT 1 FROM synth.oracle o WHERE o.lead_id = l.id) AND stage_entered_contacting__c IS NULL " +
                             $"AND {Crd} IN (SELECT {Crd} FROM raw.leads WHERE stage_entered_contacting__c IS NOT NULL)";
        Assert.True(world.Scalar($"SELECT count(*) {Extra} AND is_deleted") > 0);
        Assert.True(world.Scalar($"SELECT count(*) {Extra} AND NOT is_deleted AND fa_crd__c <> CAST({Crd} AS VARCHAR)") > 0);
        Assert.Equal(world.Run.LabelledLeads, world.Scalar("SELECT count(*) FROM synth.oracle WHERE labelled_population"));
    }

    [Fact]
    public void Producing_advisors_hold_excluded_trap_and_high_value_titles_and_some_none()
    {
        Assert.InRange(Share(ExcludedTitle, Producing), 0.03, 0.09);
        foreach (var title in new[] { "Financial Solutions Advisor", "Paraplanner", "Associate Advisor", "Operations Manager", "Internal Wholesaler",
                                      "Compliance Officer", "Client Service Assistant", "Insurance Agent", "Wealth Manager",
                                      "Director of Wealth Management", "Senior Wealth Advisor", "Vice President", "Chief Investment Officer" })
            Assert.True(world.Scalar($"SELECT count(*) {Producing} AND title_name = '{title}'") > 0, title);
        // A substring pattern catches these; a whole-word match does not.
        Assert.True(world.Scalar($"SELECT count(*) {Producing} AND upper(title_name) LIKE '%VP %' AND NOT regexp_matches(upper(title_name), '\\bVP\\b')") > 0);
        Assert.True(world.Scalar($"SELECT count(*) {Producing} AND upper(title_name) LIKE '%CIO%' AND NOT regexp_matches(upper(title_name), '\\bCIO\\b')") > 0);
        Assert.True(world.Scalar($"SELECT count(*) {Producing} AND upper(title_name) LIKE '%INSURANCE%' AND NOT regexp_matches(upper(title_name), '\\bINSURANCE\\b')") > 0);
        Assert.InRange(Share("title_name IS NULL", Producing), 0.03, 0.05);
    }

    [Fact]
    public void Small_and_mid_size_firms_have_several_partners_and_founders()
    {
        const string Leaders =
            "SELECT primary_firm, count(*) FILTER (WHERE title_name IN ('Founder & CEO', 'Founding Partner', 'Managing Partner', 'Co-Founder', 'Senior Partner')) AS designed, " +
            "count(*) FILTER (WHERE regexp_matches(upper(title_name), 'PARTNER|FOUNDER')) AS leaders, count(*) AS reps " +
            "FROM raw.ria_contacts_current WHERE producing_advisor AND active AND primary_firm IS NOT NULL GROUP BY 1";
        Assert.True(world.Scalar($"SELECT count(*) FROM ({Leaders}) WHERE designed >= 1 AND leaders BETWEEN 2 AND 8 AND reps <= 60") >= 3);
        Assert.True(world.Scalar($"SELECT count(*) FROM ({Leaders}) WHERE leaders >= 2 AND reps <= 10") >= 1);
    }

    [Fact]
    public void The_company_the_partner_firm_big_firms_and_insurer_names_are_there()
    {
        Assert.Equal("Savvy Wealth", Text("SELECT firm_name FROM raw.firms WHERE firm_crd = 318493"));
        Assert.Equal("Ritholtz Wealth Management", Text("SELECT firm_name FROM raw.firms WHERE firm_crd = 168652"));
        Assert.True(world.Scalar($"SELECT count(*) {Producing} AND primary_firm = 318493") >= 3);
        Assert.True(world.Scalar($"SELECT count(*) {Producing} AND primary_firm = 168652") >= 3);
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM raw.leads WHERE upper(company) LIKE '%SAVVY%' AND id IN (SELECT lead_id FROM synth.oracle WHERE labelled_population)"));
        const string Excluded = "'MERRILL|MORGAN STANLEY|WELLS FARGO|UBS |UBS,|EDWARD JONES|AMERIPRISE|NORTHWESTERN MUTUAL|RAYMOND JAMES|LPL FINANCIAL|SAVVY|RITHOLTZ|INSURANCE|STATE FARM|PRIMERICA'";
        Assert.True(world.Scalar($"SELECT count(*) FROM (SELECT primary_firm {Producing} AND NOT regexp_matches(upper(primary_firm_name), {Excluded}) GROUP BY 1 HAVING count(*) > 50)") >= 3);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.firms WHERE regexp_matches(upper(firm_name), '\\b(INSURANCE|STATE FARM|PRIMERICA|ALLSTATE|NEW YORK LIFE|FARM BUREAU|NATIONWIDE|TRANSAMERICA)\\b')") >= 5);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.firms WHERE firm_name IN ('Hubspoke Capital Partners LLC', 'Helpline Planning Group Inc.')") == 2);
    }

    [Fact]
    public void A_few_percent_of_advisors_have_disclosures_customer_disputes_most_often()
    {
        string[] flags = ["criminal", "regulatory_event", "termination", "investigation", "customer_dispute", "civil_event", "bond", "bankrupt", "judgment_or_lien"];
        string any = string.Join(" OR ", flags.Select(f => $"contact_has_disclosed_{f}"));
        Assert.InRange(Share(any, "FROM raw.ria_contacts_current"), 0.03, 0.08);
        double disputes = Share("contact_has_disclosed_customer_dispute", "FROM raw.ria_contacts_current");
        foreach (var flag in flags)
        {
            double share = Share($"contact_has_disclosed_{flag}", "FROM raw.ria_contacts_current");
            Assert.True(share > 0, flag);
            Assert.True(share <= disputes, flag);
            Assert.Equal(0, world.Scalar($"SELECT count(*) FROM raw.ria_contacts_current WHERE contact_has_disclosed_{flag} IS NULL"));
        }
        Assert.True(Share("contact_has_disclosed_criminal", "FROM raw.ria_contacts_current") < 0.005);
    }

    [Fact]
    public void Every_active_producing_advisor_has_a_true_probability_near_the_labelled_leads_mean()
    {
        Assert.Equal(world.Scalar($"SELECT count(*) {Producing}"), world.Scalar("SELECT count(*) FROM synth.advisor_truth"));
        Assert.Equal(world.Run.TruthRows, world.Scalar("SELECT count(*) FROM synth.advisor_truth"));
        Assert.Equal(0, world.Scalar($"SELECT count(*) FROM synth.advisor_truth WHERE advisor_crd NOT IN (SELECT ria_contact_crd_id {Producing})"));
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM synth.advisor_truth WHERE NOT (probability > 0 AND probability < 1) OR as_of <> DATE '2025-12-31' " +
                                     "OR abs(logit - ln(probability / (1 - probability))) > 1e-9"));
        double mean = world.Scalar("SELECT avg(probability) FROM synth.advisor_truth");
        double labelled = world.Scalar("SELECT avg(probability) FROM synth.oracle WHERE labelled_population");
        Assert.InRange(mean / labelled, 0.5, 2.0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_tasks_statuses_and_truth()
    {
        using var folder = new TempFolder();
        using var same = LeadScore.Warehouse.Warehouse.Open(folder.File("same.duckdb"));
        SyntheticWarehouse.Fill(same, new SyntheticOptions(SyntheticWorldFixture.Advisors, 42));
        foreach (var table in new[] { "raw.tasks", "raw.leads", "synth.advisor_truth", "raw.ria_contacts_current" })
        {
            string hash = $"SELECT bit_xor(hash(t)) FROM {table} t";
            Assert.Equal(world.Scalar(hash), SyntheticWorldFixture.ScalarOf(same, hash));
        }
    }

    private string Text(string sql)
    {
        using var command = world.Warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
