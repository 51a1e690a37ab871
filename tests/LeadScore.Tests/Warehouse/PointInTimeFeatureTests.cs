using LeadScore.Tests.Support;
using LeadScore.Warehouse.Features;

namespace LeadScore.Tests.Warehouse;

/// <summary>Each V4.1 feature on tiny hand-built histories, as of 2025-06-15 (domain spec §2.2-2.5).</summary>
public class PointInTimeFeatureTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 6, 15);
    private readonly TinyWarehouse w = new();

    public PointInTimeFeatureTests()
    {
        w.Firm(100, "Acme Wealth LLC", "Independent RIA", brokerProtocol: true).Firm(200, "MERRILL LYNCH").Firm(300, "Cedar Partners");
        // 1: one move in 2018, settled since.
        w.Contact(1).Spell(1, 100, "Acme Wealth LLC", "2010-01-10", "2018-05-31", "2018-09-01").Spell(1, 200, "Merrill Lynch", "2018-06-01");
        // 2: moved in April 2025; the vendor fills the old end date in only in August, after the as-of date.
        w.Contact(2, email: null, repType: "IA").Spell(2, 100, "ACME WEALTH, LLC", "2015-01-01", "2025-03-31", "2025-08-01").Spell(2, 300, "Cedar Partners", "2025-04-01");
        // 3: no history; the snapshot's latest registration starts after the as-of date.
        w.Contact(3, linkedin: " ", latestStart: "2026-01-01", latestFirm: 300);
        // 4: a settled advisor whose next spell starts after the as-of date.
        w.Contact(4).Spell(4, 200, "Merrill Lynch", "2019-01-01").Spell(4, 300, "Cedar Partners", "2025-09-01");
        // 5: overlapping open spells.
        w.Contact(5).Spell(5, 100, "Acme Wealth LLC", "2020-01-01").Spell(5, 300, "Cedar Partners", "2023-01-01");
        // 6: not producing: no prospect row.
        w.Contact(6, producing: false).Spell(6, 100, "Acme Wealth LLC", "2020-01-01");
        FeatureTables.Prospects(w.Store, AsOf);
    }

    private Dictionary<string, object?> Advisor(long crd) => w.Row(FeatureTables.ProspectTable, $"advisor_crd = {crd}");

    private static long N(object? value) => Convert.ToInt64(value);

    [Fact]
    public void One_row_per_producing_advisor()
    {
        using var command = w.Store.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*), count(DISTINCT advisor_crd) FROM {FeatureTables.ProspectTable}";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal((5L, 5L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    [Fact]
    public void Firm_tenure_and_the_day_count_since_the_move_come_from_the_firm_held_on_the_day()
    {
        var a = Advisor(1);
        Assert.Equal(200L, N(a["firm_crd"]));
        Assert.Equal(84L, N(a["tenure_months"]));                 // 2018-06 .. 2025-06: month boundaries crossed
        Assert.Equal("48-120", a["tenure_bucket"]);
        Assert.Equal(4L, N(a["tenure_bucket_encoded"]));          // R3's alphabetical code for "48-120"
        Assert.Equal((long)(AsOf.DayNumber - new DateOnly(2018, 6, 1).DayNumber), N(a["days_since_last_move"]));
        Assert.Equal(0L, N(a["is_recent_mover"]));
        Assert.Equal(1L, N(a["is_wirehouse"]));                   // the name of the spell: Merrill Lynch
        Assert.Equal(101.0 / 12, Convert.ToDouble(a["experience_years"]), 9); // 2010-01 .. 2018-06 (101 month boundaries) before the current firm
    }

    [Fact]
    public void A_recent_move_counts_and_a_late_filled_end_date_does_not_exist_yet()
    {
        var a = Advisor(2);
        Assert.Equal(300L, N(a["firm_crd"]));
        Assert.Equal(2L, N(a["tenure_months"]));
        Assert.Equal(1L, N(a["is_recent_mover"]));
        Assert.Equal(1L, N(a["mobility_3yr"]));
        Assert.Equal("Low_Mobility", a["mobility_tier"]);
        Assert.Equal(0L, N(a["has_email"]));
        Assert.Equal(1L, N(a["is_ia_rep_type"]));
        Assert.Equal(0L, N(a["is_dual_registered"]));

        // Acme (100) as seen by advisor 5 on the day: advisor 2's end date was not known, so no departure by END_DATE,
        // but the move to Cedar on 2025-04-01 is an inferred departure (known on the day it happened).
        var five = Advisor(5);
        Assert.Equal(300L, N(five["firm_crd"]));
    }

    [Fact]
    public void An_unknown_firm_leaves_firm_features_empty_and_the_sentinel_in_place()
    {
        var a = Advisor(3);
        Assert.Null(a["firm_crd"]);
        Assert.Equal(0L, N(a["has_firm_data"]));
        Assert.Equal(1L, N(a["is_tenure_missing"]));
        Assert.Equal("Unknown", a["tenure_bucket"]);
        Assert.Equal(5L, N(a["tenure_bucket_encoded"]));
        Assert.Equal("Unknown", a["firm_stability_tier"]);
        Assert.Null(a["firm_rep_count_at_contact"]);
        Assert.Equal(9999L, N(a["days_since_last_move"]));
        Assert.Equal(0L, N(a["has_linkedin"]));                   // blank after trim
        Assert.Equal(1L, N(a["is_experience_missing"]));
    }

    [Fact]
    public void A_future_spell_is_invisible()
    {
        var a = Advisor(4);
        Assert.Equal(200L, N(a["firm_crd"]));
        Assert.Equal(0L, N(a["mobility_3yr"]));
        Assert.Equal("Stable", a["mobility_tier"]);
        Assert.Equal(2L, N(a["firm_rep_count_at_contact"]));      // advisors 1 and 4 at Merrill on the day
    }

    [Fact]
    public void Overlapping_spells_resolve_to_the_latest_start_and_firm_counts_follow_the_day()
    {
        var a = Advisor(5);
        Assert.Equal(300L, N(a["firm_crd"]));
        Assert.Equal(1L, N(a["mobility_3yr"]));                   // Cedar started inside (2022-06-15, 2025-06-15]; Acme did not
        Assert.Equal(2L, N(a["firm_rep_count_at_contact"]));      // advisors 2 and 5 at Cedar
        Assert.Equal(1L, N(a["firm_arrivals_12mo"]));             // advisor 2 in April 2025; advisor 5 arrived in 2023
        Assert.Equal(0L, N(a["is_independent_ria"]));
    }

    [Fact]
    public void Firm_flags_counts_velocity_and_interactions_come_from_the_firm_on_the_day()
    {
        using var again = new TinyWarehouse();
        again.Firm(100, "Acme Wealth LLC", "Independent RIA", brokerProtocol: true);
        again.Contact(7, repType: "IA").Spell(7, 100, "Acme Wealth LLC", "2024-12-01");
        // 8: two firms in three years, the second one Acme since mid-December.
        again.Contact(8).Spell(8, 901, "Birch", "2023-01-01", "2024-11-30", "2024-12-10").Spell(8, 100, "Acme Wealth LLC", "2024-12-15");
        // 13 advisors leave Acme at the new year: 165 days before the as-of date, inside the 90-180-day window.
        for (int i = 0; i < 13; i++)
            again.Contact(20 + i).Spell(20 + i, 100, "Acme", "2019-01-01", "2024-12-31", "2025-01-15").Spell(20 + i, 900 + i, "Elsewhere", "2025-01-01");
        FeatureTables.Prospects(again.Store, AsOf);

        var a = again.Row(FeatureTables.ProspectTable, "advisor_crd = 7");
        Assert.Equal(1L, N(a["is_independent_ria"]));
        Assert.Equal(1L, N(a["is_broker_protocol"]));
        Assert.Equal(13L, N(a["firm_departures_12mo"]));          // end dates known by the day
        Assert.Equal(13L, N(a["firm_departures_corrected"]));     // inferred from the new spells
        Assert.Equal(2L, N(a["firm_arrivals_12mo"]));             // advisors 7 and 8
        Assert.Equal(-11L, N(a["firm_net_change_12mo"]));
        Assert.Equal("Heavy_Bleeding", a["firm_stability_tier"]);
        Assert.Equal(1L, N(a["firm_stability_tier_encoded"]));    // R3's code for Heavy_Bleeding
        Assert.Equal(1L, N(a["bleeding_velocity_encoded"]));      // 13 departures 90-180 days back, none since: decelerating
        Assert.Equal(1L, N(a["is_recent_mover"]));
        Assert.Equal(1L, N(a["independent_ria_x_ia_rep"]));
        Assert.Equal(1L, N(a["recent_mover_x_bleeding"]));        // recent mover at a firm with >= 5 inferred departures
        Assert.Equal(0L, N(a["short_tenure_x_high_mobility"]));   // one move in three years

        var b = again.Row(FeatureTables.ProspectTable, "advisor_crd = 8");
        Assert.Equal(2L, N(b["mobility_3yr"]));
        Assert.Equal("High_Mobility", b["mobility_tier"]);
        Assert.Equal(0L, N(b["mobility_tier_encoded"]));
        Assert.Equal(1L, N(b["short_tenure_x_high_mobility"]));   // 6 months at Acme, two firms in three years
        Assert.Equal(1L, N(b["mobility_x_heavy_bleeding"]));      // and Acme's net change is below -10
        Assert.Equal(2L, N(b["tenure_bucket_x_mobility"]));       // tenure < 24 months -> 1, times two moves
        Assert.Equal(23L, N(b["industry_tenure_months"]));        // 2023-01 .. 2024-12 before Acme
    }

    public void Dispose() => w.Dispose();
}
