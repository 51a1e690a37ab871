using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>The V3 tier inputs (spec §3.2) as of the scoring run's date, 2025-12-31, and the tiers they give (§3.3, first match wins).</summary>
public class ListTierInputTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    private static long N(object? value) => Convert.ToInt64(value);

    [Theory]
    [InlineData("2024-12-31", 12, "TIER_1_PRIME_MOVER")]   // one calendar year crossed: tenure 1, a prime mover by P2
    [InlineData("2025-01-01", 11, "STANDARD_HIGH_V4")]     // same calendar year: tenure 0, no tier
    [InlineData("2022-01-01", 47, "TIER_1_PRIME_MOVER")]   // 2025 − 2022 = 3 years, the last of P2's 1..3
    [InlineData("2021-12-31", 48, "STANDARD_HIGH_V4")]     // 4 calendar years crossed: past P2, and P1/P3 need experience
    public void Tenure_counts_the_calendar_boundaries_crossed_up_to_the_runs_date(string firmStart, int months, string tier)
    {
        w.Advisor(1, firmStart: firmStart).Score(1, 90);
        w.Build(perSga: 1);
        var lead = w.Listed(1)!;
        Assert.Equal((long)months, N(lead["tenure_months"]));
        Assert.Equal(tier, lead["final_tier"]);
    }

    [Fact]
    public void Experience_runs_from_the_first_spell_and_is_null_without_history()
    {
        // Both arrived this year at a firm that lost four advisors: net 2 − 4 = −2, a moderate bleeder if experienced.
        w.Advisor(1, firm: 500, firmStart: "2025-03-01").Spell(1, 600, "2015-06-01", "2020-01-31").Spell(1, 700, "2020-02-01", "2025-02-28").Score(1, 90);
        w.Advisor(2, firm: 500, firmStart: "2025-03-01").Score(2, 90);
        for (int i = 0; i < 4; i++) w.Spell(900 + i, 500, "2018-01-01", "2025-05-01");
        w.Colleagues(500, 6);                                          // 8 current reps: turnover 50%, kept
        w.Build(perSga: 2);

        var experienced = w.Listed(1)!;
        Assert.Equal(10L, N(experienced["industry_tenure_years"]));   // 2025 − 2015
        Assert.Equal(1L, N(experienced["num_prior_firms"]));          // 600 and 700: two firms, one before the other
        Assert.Equal(-2L, N(experienced["firm_net_change_12mo"]));
        Assert.Equal("TIER_3_MODERATE_BLEEDER", experienced["final_tier"]);

        var newcomer = w.Listed(2)!;
        Assert.Null(newcomer["industry_tenure_years"]);
        Assert.Equal(0L, N(newcomer["num_prior_firms"]));             // no history counts as one firm
        Assert.Equal("STANDARD_HIGH_V4", newcomer["final_tier"]);     // experience ≥ 5 fails on NULL: no T3
    }

    [Fact]
    public void Three_prior_firms_make_a_proven_mover_and_two_do_not()
    {
        w.ProvenMover(1).Score(1, 90);
        w.Advisor(2, firmStart: "2025-06-01").Spell(2, 601, "2012-01-01", "2015-12-31").Spell(2, 602, "2016-01-01", "2019-12-31")
            .Spell(2, 603, "2020-01-01", "2025-05-31").Score(2, 90);
        w.Build(perSga: 2);
        Assert.Equal(3L, N(w.Listed(1)["num_prior_firms"]));
        Assert.Equal("TIER_2_PROVEN_MOVER", w.Listed(1)["final_tier"]);
        Assert.Equal(2L, N(w.Listed(2)["num_prior_firms"]));
        Assert.Equal("STANDARD_HIGH_V4", w.Listed(2)["final_tier"]);
    }

    [Theory]
    [InlineData(19, 5, "TIER_1_PRIME_MOVER")]  // under 20 reps: the vendor's employee count (≤ 10, P2)
    [InlineData(20, 20, "STANDARD_HIGH_V4")]   // 20 current reps count, whatever the employee count says
    public void Firm_rep_count_is_the_current_reps_from_20_on_else_the_employee_count(int contacts, int repCount, string tier)
    {
        w.Advisor(1, firm: 500, employees: 5).Score(1, 90);
        for (int i = 2; i <= contacts; i++) w.Advisor(i, firm: 500, employees: 5, producing: false);
        w.Build(perSga: 1);
        var lead = w.Listed(1)!;
        Assert.Equal((long)repCount, N(lead["firm_rep_count"]));
        Assert.Equal(tier, lead["final_tier"]);
    }

    [Fact]
    public void Net_change_is_arrivals_minus_departures_of_the_12_months_before_the_runs_date()
    {
        w.Advisor(1, firm: 500, firmStart: "2023-06-01").Score(1, 90);
        w.Advisor(2, firm: 500, firmStart: "2025-06-01", producing: false);            // arrival (every contact counts)
        w.Advisor(3, firm: 500, firmStart: "2024-12-31", producing: false);            // arrival on the window's first day
        w.Advisor(4, firm: 500, firmStart: "2024-12-30", producing: false);            // before the window
        w.Spell(901, 500, "2015-01-01", "2025-05-01");                                  // departures
        w.Spell(902, 500, "2015-01-01", "2025-12-31");
        w.Spell(903, 500, "2015-01-01", "2025-02-01");
        w.Spell(904, 500, "2015-01-01", "2025-07-01");
        w.Spell(905, 500, "2015-01-01", "2024-12-30");                                  // before the window
        w.Spell(906, 500, "2015-01-01", "2025-11-01", knownAt: "2026-02-01");          // end date not yet known on the day
        w.Colleagues(500, 4);                                                           // 8 current reps: turnover 50%
        w.Build(perSga: 1);
        Assert.Equal(2 - 4L, N(w.Listed(1)["firm_net_change_12mo"]));
    }

    [Fact]
    public void Each_tier_takes_the_advisors_it_matches_first()
    {
        // A firm (per advisor) that lost three advisors in the year: net −3, or −2 for an advisor who arrived this year.
        void Bleeding(long crd)
        {
            for (int i = 0; i < 3; i++) w.Spell(crd * 100 + i, 10_000 + crd, "2015-01-01", "2025-04-01");
            w.Colleagues(10_000 + crd, 4);   // 5 current reps: turnover 60%, kept
        }
        // 1: a CFP prime mover who also holds Series 65 only (P1 ∧ Series 65: TIER_1B too); the first match wins.
        w.Advisor(1, bio: "Jane is a CFP professional.", licenses: "[\"Series 65\"]", firmStart: "2023-06-01").Spell(1, 601, "2014-01-01", "2023-05-31");
        Bleeding(1);
        // 2: P2 with Series 65 only.
        w.Advisor(2, licenses: "[\"Series 65\"]");
        // 3: P2 with Series 65 and Series 7: not "65 only".
        w.Advisor(3, licenses: "[\"Series 7\", \"Series 65\"]");
        // 4: a wealth manager at a bleeding firm, not a prime mover (this year at the firm).
        w.Advisor(4, title: "Senior Wealth Manager", firmStart: "2025-03-01");
        Bleeding(4);
        // 5: a proven mover.
        w.ProvenMover(5);
        // 6: an experienced advisor at a moderately bleeding firm.
        w.Advisor(6, firmStart: "2025-03-01").Spell(6, 601, "2014-01-01", "2025-02-28");
        Bleeding(6);
        // 7: nothing: STANDARD, and with percentile 90 the score backfill.
        w.Advisor(7, firmStart: "2025-03-01");
        for (long crd = 1; crd <= 7; crd++) w.Score(crd, 90);
        w.Build(perSga: 7);

        string[] v3 = [.. Enumerable.Range(1, 7).Select(crd => (string)w.Listed(crd)["v3_tier"]!)];
        Assert.Equal(["TIER_1A_PRIME_MOVER_CFP", "TIER_1B_PRIME_MOVER_SERIES65", "TIER_1_PRIME_MOVER", "TIER_1F_HV_WEALTH_BLEEDER",
            "TIER_2_PROVEN_MOVER", "TIER_3_MODERATE_BLEEDER", "STANDARD"], v3);
        Assert.Equal("STANDARD_HIGH_V4", w.Listed(7)["final_tier"]);
        Assert.Equal(0.0274, (double)w.Listed(1)["expected_rate"]!, 10);
        Assert.Equal(0.1176, (double)w.Listed(2)["expected_rate"]!, 10);
        Assert.Equal(0.044, (double)w.Listed(6)["expected_rate"]!, 10);   // T3 has no final rate: its tier rate
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], w.ListCrds());        // list order is tier order
    }

    [Fact]
    public void A_firm_that_lost_as_many_advisors_as_it_has_is_dropped_for_turnover()
    {
        w.Advisor(1, firm: 500).Score(1, 90).Colleagues(500, 1);
        w.Spell(901, 500, "2015-01-01", "2025-05-01").Spell(902, 500, "2015-01-01", "2025-06-01");
        w.Build(perSga: 1, allowShort: true);
        var (step, reason) = w.Dropped(1)!.Value;
        Assert.Equal("firm_turnover", step);
        Assert.Equal("firm Firm 500 Advisors lost 2 of 2 reps in 12 months (turnover 100.0%, 100% or more)", reason);
    }
}
