namespace LeadScore.Tests.Warehouse;

/// <summary>Every trap the generator documents is present in the rows it writes, and the oracle is stored.</summary>
public sealed class SyntheticTrapTests(SyntheticWorldFixture world) : IClassFixture<SyntheticWorldFixture>
{
    private const string History = "raw.contact_registered_employment_history";

    private const string ListLeads =
        "SELECT l.*, CAST(stage_entered_contacting__c AS DATE) AS d, c.primary_firm_start_date AS pfsd FROM raw.leads l " +
        "JOIN raw.ria_contacts_current c ON c.ria_contact_crd_id = TRY_CAST(regexp_replace(l.fa_crd__c, '[^0-9]', '', 'g') AS BIGINT) " +
        "WHERE l.lead_source LIKE '%Provided Lead List%' AND CAST(stage_entered_contacting__c AS DATE) BETWEEN DATE '2024-02-01' AND DATE '2025-10-31'";

    [Fact]
    public void End_dates_arrive_30_to_180_days_late_and_some_never()
    {
        Assert.Equal(0, world.Scalar($"SELECT count(*) FROM {History} WHERE (previous_registration_company_end_date IS NULL) <> (end_date_known_at IS NULL)"));
        Assert.Equal(30, world.Scalar($"SELECT min(end_date_known_at - previous_registration_company_end_date) FROM {History}"));
        Assert.InRange(world.Scalar($"SELECT max(end_date_known_at - previous_registration_company_end_date) FROM {History}"), 150, 180);
        // Long tail: the mean lag sits well below the middle of the range.
        Assert.InRange(world.Scalar($"SELECT avg(end_date_known_at - previous_registration_company_end_date) FROM {History}"), 55, 85);
        // Stale: an earlier spell still open although the advisor registered elsewhere afterwards.
        Assert.True(world.Scalar($"SELECT count(*) FROM {History} a JOIN {History} b USING (ria_contact_crd_id) " +
            "WHERE a.previous_registration_company_end_date IS NULL AND b.previous_registration_company_start_date > a.previous_registration_company_start_date + 400") > 20);
    }

    [Fact]
    public void Some_lead_advisors_moved_after_contact_more_so_for_older_leads_and_converters()
    {
        Assert.InRange(world.Scalar($"SELECT avg((pfsd > d)::INT) FROM ({ListLeads})"), 0.05, 0.16);
        double older = world.Scalar($"SELECT avg((pfsd > d)::INT) FROM ({ListLeads}) WHERE d < DATE '2024-10-01'");
        double newer = world.Scalar($"SELECT avg((pfsd > d)::INT) FROM ({ListLeads}) WHERE d >= DATE '2025-07-01'");
        Assert.True(older > newer + 0.04, $"older {older:P1}, newer {newer:P1}");
        double converters = world.Scalar($"SELECT avg((pfsd > d)::INT) FROM ({ListLeads}) WHERE stage_entered_call_scheduled__c IS NOT NULL");
        double others = world.Scalar($"SELECT avg((pfsd > d)::INT) FROM ({ListLeads}) WHERE stage_entered_call_scheduled__c IS NULL");
        Assert.True(converters > others, $"converters {converters:P1}, others {others:P1}");
        Assert.True(world.Scalar("SELECT count(*) FROM synth.oracle WHERE recruited") > 0);
    }

    [Fact]
    public void One_firm_crd_appears_under_several_names()
    {
        Assert.True(world.Scalar($"SELECT count(*) FROM (SELECT previous_registration_company_crd_id FROM {History} " +
            "GROUP BY 1 HAVING count(DISTINCT previous_registration_company_name) > 1)") > 10);
        Assert.True(world.Scalar($"SELECT count(*) FROM {History} WHERE previous_registration_company_name = 'Edward D. Jones & Co., L.P.'") > 0);
    }

    [Fact]
    public void Some_advisors_have_overlapping_and_open_ended_prior_spells()
    {
        Assert.True(world.Scalar($"SELECT count(DISTINCT a.ria_contact_crd_id) FROM {History} a JOIN {History} b USING (ria_contact_crd_id) " +
            "WHERE b.previous_registration_company_start_date > a.previous_registration_company_start_date " +
            "AND b.previous_registration_company_start_date < a.previous_registration_company_end_date") > 20);
        Assert.True(world.Scalar($"SELECT count(*) FROM (SELECT ria_contact_crd_id FROM {History} WHERE previous_registration_company_end_date IS NULL " +
            "GROUP BY 1 HAVING count(*) > 1)") > 20);
    }

    [Fact]
    public void Values_are_missing_where_the_real_data_misses_them()
    {
        Assert.InRange(world.Scalar("SELECT avg((email IS NULL OR email = '')::INT) FROM raw.ria_contacts_current"), 0.37, 0.45);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.ria_contacts_current WHERE email = ''") > 0);
        Assert.InRange(world.Scalar("SELECT avg((primary_firm_start_date IS NULL)::INT) FROM raw.ria_contacts_current"), 0.10, 0.20);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.ria_contacts_current WHERE latest_registered_employment_company_crd_id IS NULL AND active") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.leads WHERE regexp_matches(fa_crd__c, '[^0-9]')") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.leads WHERE fa_crd__c IS NULL") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.leads WHERE stage_entered_contacting__c IS NULL") > 0);
        Assert.True(world.Scalar("SELECT count(*) FROM raw.leads WHERE is_deleted") > 0);
    }

    [Fact]
    public void Calls_are_scheduled_mostly_within_43_days_with_late_and_early_ones()
    {
        const string Delays = "SELECT date_diff('day', CAST(stage_entered_contacting__c AS DATE), CAST(stage_entered_call_scheduled__c AS DATE)) AS days " +
            "FROM raw.leads WHERE stage_entered_call_scheduled__c IS NOT NULL AND stage_entered_contacting__c IS NOT NULL";
        Assert.InRange(world.Scalar($"SELECT median(days) FROM ({Delays})"), 0, 3);
        Assert.InRange(world.Scalar($"SELECT avg((days <= 43)::INT) FROM ({Delays})"), 0.8, 0.95);
        Assert.True(world.Scalar($"SELECT count(*) FROM ({Delays}) WHERE days > 43") > 0);
        Assert.True(world.Scalar($"SELECT count(*) FROM ({Delays}) WHERE days < 0") > 0);
    }

    [Fact]
    public void Emails_were_added_to_converted_leads_after_contact()
    {
        Assert.True(world.Scalar("SELECT count(*) FROM synth.oracle o JOIN raw.leads l ON l.id = o.lead_id " +
            "WHERE o.email_added_after_contact AND o.converted AND NOT o.has_email_at_contact AND l.email IS NOT NULL") > 0);
    }

    [Fact]
    public void The_oracle_holds_every_contacted_lead_with_a_2_to_3_percent_rate()
    {
        Assert.Equal(world.Run.OracleRows, world.Scalar("SELECT count(*) FROM synth.oracle"));
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM synth.oracle o LEFT JOIN raw.leads l ON l.id = o.lead_id WHERE l.id IS NULL"));
        Assert.Equal(0, world.Scalar("SELECT count(*) FROM synth.oracle o JOIN raw.leads l ON l.id = o.lead_id " +
            "WHERE o.converted <> (l.stage_entered_call_scheduled__c IS NOT NULL)"));
        Assert.InRange(world.Scalar("SELECT avg(probability) FROM synth.oracle WHERE labelled_population"), 0.02, 0.03);
        double n = world.Scalar("SELECT count(*) FROM synth.oracle WHERE labelled_population");
        double rate = world.Scalar("SELECT avg(converted::INT) FROM synth.oracle WHERE labelled_population");
        double mean = world.Scalar("SELECT avg(probability) FROM synth.oracle WHERE labelled_population");
        Assert.InRange(rate, mean - 3 * Math.Sqrt(mean * (1 - mean) / n), mean + 3 * Math.Sqrt(mean * (1 - mean) / n));
        Assert.True(world.Scalar("SELECT avg(probability) FILTER (WHERE converted) / avg(probability) FILTER (WHERE NOT converted) FROM synth.oracle") > 1.3);
        Assert.Equal(1, world.Scalar("SELECT count(*) FROM synth.runs WHERE seed = 42 AND advisors = 40000 AND total_seconds > 0"));
    }
}
