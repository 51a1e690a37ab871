using DuckDB.NET.Data;
using LeadScore.Lists.Rules;

namespace LeadScore.Tests.Lists;

/// <summary>The compiled tier expression run in DuckDB on hand-made prospects: each rule, each boundary, first match wins.</summary>
public class RulesSqlTests
{
    private static readonly RuleSet Rules = RuleSet.Builtin();

    // A prospect that matches no tier: every input neutral, no flags.
    private static readonly Dictionary<string, object?> Neutral = new()
    {
        ["tenure_months"] = 120, ["tenure_years"] = 10, ["experience_years"] = 2, ["total_firms"] = 1, ["num_prior_firms"] = 0, ["moves_3yr"] = 0,
        ["firm_rep_count"] = 500, ["firm_net_change_12mo"] = 0, ["firm_arrivals_12mo"] = 0, ["firm_departures_12mo"] = 0, ["firm_turnover_pct"] = 0.0,
        ["is_wirehouse"] = false, ["has_cfp"] = false, ["has_cfa"] = false, ["has_series_65_only"] = false, ["has_series_7"] = false,
        ["is_hv_wealth_title"] = false, ["has_linkedin"] = true,
    };

    private static string TierOf(params (string Input, object? Value)[] changes)
    {
        var row = new Dictionary<string, object?>(Neutral);
        foreach (var (input, value) in changes) row[input] = value;
        var columns = RuleInput.All.Select(i => $"{Literal(row[i.Name], i.Kind)} AS {i.Name}");
        return RulesSql.Scalar<string>($"SELECT {Rules.TierSql("p")} FROM (SELECT {string.Join(", ", columns)}) AS p")!;
    }

    private static string Literal(object? value, InputKind kind) => value switch
    {
        null => kind switch { InputKind.Boolean => "CAST(NULL AS BOOLEAN)", InputKind.Double => "CAST(NULL AS DOUBLE)", _ => "CAST(NULL AS INTEGER)" },
        bool b => b ? "TRUE" : "FALSE",
        double d => $"CAST({d.ToString(System.Globalization.CultureInfo.InvariantCulture)} AS DOUBLE)",
        _ => $"CAST({value} AS INTEGER)",
    };

    private static readonly (string, object?)[] PrimeCfp = [("tenure_years", 2), ("experience_years", 8), ("firm_net_change_12mo", -3), ("has_cfp", true)];

    [Fact]
    public void A_neutral_prospect_is_standard()
    {
        Assert.Equal("STANDARD", TierOf());
    }

    [Fact]
    public void Tier_1a_takes_a_cfp_at_a_bleeding_firm_with_tenure_1_to_4_and_5_years_experience()
    {
        Assert.Equal("TIER_1A_PRIME_MOVER_CFP", TierOf(PrimeCfp));
        Assert.Equal("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("tenure_years", 1)]));
        Assert.Equal("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("tenure_years", 4)]));
        Assert.Equal("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("experience_years", 5)]));
        Assert.Equal("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("firm_net_change_12mo", -1)]));
        Assert.NotEqual("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("tenure_years", 0)]));
        Assert.NotEqual("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("tenure_years", 5)]));
        Assert.NotEqual("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("experience_years", 4)]));
        Assert.NotEqual("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("firm_net_change_12mo", 0)]));
        Assert.Equal("TIER_3_MODERATE_BLEEDER", TierOf([.. PrimeCfp, ("is_wirehouse", true)])); // T3 does not ask about wirehouses
    }

    [Fact]
    public void First_match_wins_a_cfp_with_series_65_only_is_1a_not_1b()
    {
        Assert.Equal("TIER_1A_PRIME_MOVER_CFP", TierOf([.. PrimeCfp, ("has_series_65_only", true), ("firm_rep_count", 5)]));
        Assert.Equal("TIER_1B_PRIME_MOVER_SERIES65", TierOf([.. PrimeCfp, ("has_cfp", false), ("has_series_65_only", true)]));
    }

    [Theory]
    [InlineData(1, 5, -1, 50, "TIER_1_PRIME_MOVER")]      // P1 at every low boundary (and P3)
    [InlineData(3, 15, -1, 51, "TIER_1_PRIME_MOVER")]     // P1 fails on 51 reps, P3 still holds
    [InlineData(4, 15, -1, 500, "TIER_1_PRIME_MOVER")]    // P3 only: tenure 4
    [InlineData(4, 16, -1, 500, "TIER_3_MODERATE_BLEEDER")] // P3 fails on 16 years' experience; T3 takes it
    [InlineData(4, 5, 0, 500, "STANDARD")]                // net 0 is not bleeding
    [InlineData(3, 2, 0, 10, "TIER_1_PRIME_MOVER")]       // P2: a firm of 10, nothing else asked
    [InlineData(3, 2, 0, 11, "STANDARD")]                 // P2 fails at 11 reps
    [InlineData(0, 2, 0, 10, "STANDARD")]                 // P2 needs tenure 1 or more
    public void Tier_1_is_p1_or_p2_or_p3_with_their_boundaries(int tenure, int experience, int net, int reps, string tier)
    {
        Assert.Equal(tier, TierOf(("tenure_years", tenure), ("experience_years", experience), ("firm_net_change_12mo", net), ("firm_rep_count", reps)));
    }

    [Fact]
    public void Tier_1b_is_a_prime_mover_with_series_65_only()
    {
        Assert.Equal("TIER_1B_PRIME_MOVER_SERIES65", TierOf(("tenure_years", 2), ("firm_rep_count", 8), ("has_series_65_only", true)));
    }

    [Fact]
    public void Tier_1f_is_a_high_value_wealth_title_at_a_bleeding_firm()
    {
        Assert.Equal("TIER_1F_HV_WEALTH_BLEEDER", TierOf(("is_hv_wealth_title", true), ("firm_net_change_12mo", -1)));
        Assert.Equal("STANDARD", TierOf(("is_hv_wealth_title", true), ("firm_net_change_12mo", 0)));
    }

    [Fact]
    public void Tier_2_is_three_prior_firms_and_five_years_experience()
    {
        Assert.Equal("TIER_2_PROVEN_MOVER", TierOf(("num_prior_firms", 3), ("experience_years", 5)));
        Assert.Equal("STANDARD", TierOf(("num_prior_firms", 2), ("experience_years", 5)));
        Assert.Equal("STANDARD", TierOf(("num_prior_firms", 3), ("experience_years", 4)));
    }

    [Fact]
    public void Tier_3_is_a_net_change_of_minus_10_to_minus_1_with_five_years_experience()
    {
        Assert.Equal("TIER_3_MODERATE_BLEEDER", TierOf(("firm_net_change_12mo", -10), ("experience_years", 5)));
        Assert.Equal("TIER_3_MODERATE_BLEEDER", TierOf(("firm_net_change_12mo", -1), ("experience_years", 30)));
        Assert.Equal("STANDARD", TierOf(("firm_net_change_12mo", -11), ("experience_years", 30)));
        Assert.Equal("STANDARD", TierOf(("firm_net_change_12mo", 0), ("experience_years", 30)));
    }

    [Fact]
    public void A_missing_experience_fails_every_condition_on_it_but_not_the_others()
    {
        Assert.Equal("STANDARD", TierOf([.. PrimeCfp, ("experience_years", null)]));
        Assert.Equal("STANDARD", TierOf(("num_prior_firms", 5), ("experience_years", null)));
        Assert.Equal("TIER_1_PRIME_MOVER", TierOf(("tenure_years", 2), ("firm_rep_count", 10), ("experience_years", null)));
    }

    [Fact]
    public void The_retired_tiers_fall_to_standard()
    {
        Assert.Equal("STANDARD", TierOf(("experience_years", 25), ("tenure_years", 2)));
        Assert.Equal("STANDARD", TierOf(("experience_years", 25), ("firm_net_change_12mo", -40)));
    }

    [Fact]
    public void The_tier_table_lists_every_tier_with_its_rates_and_the_default_last()
    {
        var rows = RulesSql.Rows($"SELECT name, priority, tier_rate, final_rate FROM {Rules.TierTableSql()}");
        Assert.Equal(7, rows.Count);
        Assert.Equal(["TIER_1B_PRIME_MOVER_SERIES65", 2, 0.079, 0.1176], rows[1]);
        Assert.Equal(["TIER_3_MODERATE_BLEEDER", 6, 0.044, 0.044], rows[5]);
        Assert.Equal(["STANDARD", 99, 0.025, 0.025], rows[6]);
    }
}
