using LeadScore.Tests.Support;
using LeadScore.Warehouse.Features;

namespace LeadScore.Tests.Warehouse;

public class TargetAndAuditTests
{
    private static readonly DateOnly Analysis = new(2025, 12, 15);

    private static TinyWarehouse Leads()
    {
        var w = new TinyWarehouse();
        foreach (var crd in new[] { 1L, 2, 3, 4, 5, 6, 7, 8, 9, 1234 }) w.Contact(crd).Spell(crd, 100, "Acme", "2015-01-01");
        w.Lead("L1", "1", "2025-01-10", called: "2025-01-11")          // converted the next day
         .Lead("L2", "2", "2025-01-10", called: "2025-03-01")          // called 50 days later: late
         .Lead("L3", "3", "2025-01-10", called: "2025-01-01")          // called before the contact
         .Lead("L4", "4", "2025-11-20")                                // 25 days before the analysis date: not mature
         .Lead("L5", "5", "2025-10-01", called: "2026-01-05")          // call after the analysis date: not known yet
         .Lead("L6", "6", "2025-01-10", company: "Savvy Wealth")       // the company's own staff
         .Lead("L7", "7", "2025-01-10", source: "Event")               // not an outbound list lead
         .Lead("L8a", "8", "2025-03-01").Lead("L8b", "8", "2025-02-01", called: "2025-02-03") // one row per advisor: the first contact
         .Lead("L9", "9", "2023-05-01")                                // before the window
         .Lead("L10", "CRD 12-34", "2025-04-01");                       // the CRD typed with text around it
        return w;
    }

    private static Dictionary<string, long> Targets(TinyWarehouse w)
    {
        using var command = w.Store.Connection.CreateCommand();
        command.CommandText = $"SELECT lead_id, target FROM {FeatureTables.TrainingTable}";
        using var reader = command.ExecuteReader();
        var targets = new Dictionary<string, long>();
        while (reader.Read()) targets[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1));
        return targets;
    }

    [Fact]
    public void The_corrected_target_labels_late_calls_0_drops_earlier_calls_and_unripe_leads_and_keeps_one_lead_per_advisor()
    {
        using var w = Leads();
        var result = FeatureTables.Training(w.Store, TargetOptions.V41(Analysis));
        Assert.Equal(new Dictionary<string, long> { ["L1"] = 1, ["L2"] = 0, ["L5"] = 0, ["L8b"] = 1, ["L10"] = 0 }, Targets(w));
        Assert.Equal((5L, 2L), (result.Rows, result.Positives));
        Assert.Equal(1234L, Convert.ToInt64(w.Row(FeatureTables.TrainingTable, "lead_id = 'L10'")["advisor_crd"]));
    }

    [Fact]
    public void The_original_quirks_are_options()
    {
        using var w = Leads();
        FeatureTables.Training(w.Store, TargetOptions.V41(Analysis) with { NegativeIsPositive = true, LateIsNegative = false });
        Assert.Equal(new Dictionary<string, long> { ["L1"] = 1, ["L3"] = 1, ["L5"] = 0, ["L8b"] = 1, ["L10"] = 0 }, Targets(w));
    }

    [Fact]
    public void The_training_table_reads_as_labelled_rows_straight_from_the_warehouse()
    {
        using var w = Leads();
        FeatureTables.Training(w.Store, TargetOptions.V41(Analysis));
        w.Store.Dispose();
        using var table = LeadScore.Data.Labeled.LabeledTable.Open(w.Store.Path, "features.training");
        table.CheckTarget("target");
        Assert.Equal(new LeadScore.Data.Labeled.DateRange(new(2025, 1, 10), new(2025, 10, 1)), table.CheckDates("contacted_date"));
        Assert.Contains("tenure_bucket_encoded", table.Columns.Keys);
    }

    [Fact]
    public void Training_features_are_taken_as_of_each_contact_date()
    {
        using var w = Leads();
        FeatureTables.Training(w.Store, TargetOptions.V41(Analysis));
        var l1 = w.Row(FeatureTables.TrainingTable, "lead_id = 'L1'");
        Assert.Equal(new DateOnly(2025, 1, 10), l1["contacted_date"] is DateOnly d ? d : DateOnly.FromDateTime((DateTime)l1["contacted_date"]!));
        Assert.Equal(120L, Convert.ToInt64(l1["tenure_months"]));    // 2015-01 .. 2025-01
        var l10 = w.Row(FeatureTables.TrainingTable, "lead_id = 'L10'");
        Assert.Equal(123L, Convert.ToInt64(l10["tenure_months"]));   // 2015-01 .. 2025-04
    }

    [Fact]
    public void The_G4_checks_pass_on_a_fresh_build_and_the_spot_check_catches_a_table_edited_afterwards()
    {
        using var w = Leads();
        FeatureTables.Training(w.Store, TargetOptions.V41(Analysis));
        // G4.3 (|r| < 0.3) means something only on many leads; five tiny leads correlate with anything.
        Assert.All(FeatureChecks.Run(w.Store).Where(c => c.Id != "G4.3"), c => Assert.True(c.Passed, $"{c.Id}: {c.Value}"));
        w.Execute($"UPDATE {FeatureTables.TrainingTable} SET days_since_last_move = days_since_last_move + 1");
        var checks = FeatureChecks.Run(w.Store).ToDictionary(c => c.Id);
        Assert.False(checks["G4.4"].Passed);
        Assert.Equal("5", checks["G4.4"].Value);
    }

    [Fact]
    public void The_audit_passes_for_the_definition_and_catches_a_variant_that_trusts_late_end_dates()
    {
        using var w = new TinyWarehouse();
        w.Firm(100, "Acme").Firm(300, "Cedar");
        w.Contact(1).Spell(1, 100, "Acme", "2015-01-01");
        w.Contact(2).Spell(2, 100, "Acme", "2016-01-01", "2025-05-31", "2025-09-01").Spell(2, 300, "Cedar", "2025-06-01");
        w.Contact(3).Spell(3, 300, "Cedar", "2020-01-01");
        var asOf = new DateOnly(2025, 6, 15);

        var audit = PitAudit.Run(w.Store, asOf);
        Assert.True(audit.Passed, string.Join(", ", audit.ChangedColumns.Keys));
        Assert.Equal(3, audit.Rows);
        Assert.Equal(3, audit.FutureSpells);
        Assert.True(audit.LateEndDates >= 3);

        var leaky = FeatureTables.Definition.Replace("CASE WHEN h.end_date_known_at IS NOT NULL AND h.end_date_known_at <= a.as_of\n            THEN h.previous_registration_company_end_date END",
            "h.previous_registration_company_end_date");
        Assert.NotEqual(FeatureTables.Definition, leaky);
        var caught = PitAudit.Run(w.Store, asOf, leaky);
        Assert.False(caught.Passed);
        Assert.Contains("firm_crd", caught.ChangedColumns.Keys);

        var unchanged = PitAudit.Run(w.Store, asOf);
        Assert.True(unchanged.Passed, "the audit rolls its future rows back");
    }
}
