using System.Globalization;
using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// The month's pool (Sql/list_inputs.sql, Sql/list_pool.sql and the ranked steps, one definition) built on DuckDB and
/// on a PostgreSQL copy of the same warehouse: the same leads in the same order with the same tier and rate, and every
/// advisor dropped at the same step for the same reason, word for word.
/// </summary>
public sealed class LeadPoolOnPostgresTests(PostgresPoolWorld world) : IClassFixture<PostgresPoolWorld>
{
    private static readonly DateOnly MonthEnd = new(2025, 12, 31);
    private static readonly DateOnly LeapDay = new(2024, 2, 29);

    // The built-in rules with the exclusions the January list did not use (age, disclosures, later patterns) switched on.
    private static readonly RuleSet Later = RuleSet.Parse(RuleSet.BuiltinText().Replace("enabled: false", "enabled: true", StringComparison.Ordinal), "later.yaml");

    [SkippableFact]
    public void The_default_policy_selects_the_same_leads_in_the_same_order_and_drops_every_advisor_at_the_same_step_for_the_same_reason()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var (duck, pg) = BuildBoth(Tight("default"), MonthEnd, Later);
        AssertSame(duck, pg);
        Assert.Equal(60, pg.Result.Selected.Count);
        Assert.Equal(LeadPool.StepOrder.SkipLast(1), duck.Result.Steps.Select(s => s.Step)); // every step before assignment drops someone
        Assert.Equal(("firm_turnover", "firm Even Split Advisors lost 17 of 16 reps in 12 months (turnover 106.3%, 100% or more)"), pg.Drops[PostgresEdges.EvenSplitRep]);
        Assert.Equal(("firm_turnover", "firm Stayers Group lost 25 of 21 reps in 12 months (turnover 119.0%, 100% or more)"), pg.Drops[PostgresEdges.StayersRep]);
        Assert.Equal(("salesforce", "Salesforce lead xLead-B is marked do-not-call"), pg.Drops[PostgresEdges.CaseOfIds]);
        Assert.Equal(("salesforce", "Salesforce lead yLead-2 has status Dead"), pg.Drops[PostgresEdges.UndatedLead]);
        Assert.Equal(("salesforce", "Salesforce lead zLead-1 was called or texted on 2025-11-15, 46 days before 2025-12-31 (recyclable after 180)"),
            pg.Drops[PostgresEdges.RecentlyCalled]);
    }

    [SkippableFact]
    public void The_original_policy_with_substring_patterns_and_null_titles_dropped_gives_the_same_pool()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var (duck, pg) = BuildBoth(Tight("original"), MonthEnd);
        AssertSame(duck, pg);
        Assert.Contains(pg.Drops.Values, d => d.Step == "title_exclusion" && d.Reason.StartsWith("no job title", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void On_a_leap_day_the_dates_a_year_and_three_years_back_and_the_boundaries_crossed_agree()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var (duck, pg) = BuildBoth(Tight("default"), LeapDay);
        AssertSame(duck, pg);
        AssertSameInputs(duck, pg);
        var mover = pg.Inputs[PostgresEdges.LeapYearMover];
        Assert.Equal(["11", "1", "8", "2"], new[] { "tenure_months", "tenure_years", "experience_years", "moves_3yr" }.Select(c => mover[Column(c)]));
        Assert.Equal("1", pg.Inputs[PostgresEdges.CaseOfIds][Column("firm_departures_12mo")]); // the spell that ended on 2023-02-28
    }

    [SkippableFact]
    public void The_tier_inputs_and_tiers_of_every_advisor_agree()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var (duck, pg) = BuildBoth(Tight("default"), MonthEnd);
        AssertSameInputs(duck, pg);
        Assert.Equal("False", pg.Inputs[PostgresEdges.LineBreakTitle][Column("is_hv_wealth_title")]);
        Assert.Equal("True", pg.Inputs[PostgresEdges.WealthDirector][Column("is_hv_wealth_title")]);
        Assert.Equal("2", pg.Inputs[PostgresEdges.PaddedCrd][Column("source_priority")]);
    }

    /// <summary>A built-in policy with caps and quotas small enough that every ranked step drops someone in a world of 3,000.</summary>
    private static ListPolicy Tight(string name)
    {
        var p = ListPolicy.Resolve(name);
        return p with { FirmCap = 6, QuotasPer12Sgas = p.QuotasPer12Sgas.ToDictionary(q => q.Key, q => Math.Max(2, q.Value / 40)), NoLinkedinCapPer12Sgas = 1 };
    }

    private (Built DuckDb, Built Postgres) BuildBoth(ListPolicy policy, DateOnly asOf, RuleSet? rules = null)
    {
        using var duck = world.OpenDuckDb();
        using var pg = world.OpenPostgres();
        return (Build(duck, policy, asOf, rules ?? RuleSet.Builtin()), Build(pg, policy, asOf, rules ?? RuleSet.Builtin()));
    }

    // The rules compiled for the warehouse's dialect, the policy for 12 reps and a list of 60.
    private static Built Build(Store warehouse, ListPolicy policy, DateOnly asOf, RuleSet rules)
    {
        var request = new PoolRequest(asOf, PostgresPoolWorld.Run, PostgresPoolWorld.Champion, ListRules.Compile(rules, policy, warehouse.Dialect), policy.Pool(rules, 12, 60));
        var result = LeadPool.Build(warehouse, request);
        return new Built(result, Drops(warehouse), Inputs(warehouse));
    }

    private static Dictionary<long, (string Step, string Reason)> Drops(Store warehouse)
    {
        using var command = warehouse.Command($"SELECT advisor_crd, drop_step, drop_reason FROM {LeadPool.Table} WHERE drop_step IS NOT NULL");
        using var reader = command.ExecuteReader();
        var drops = new Dictionary<long, (string, string)>();
        while (reader.Read()) drops[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
        return drops;
    }

    private static readonly string[] InputColumns =
    [
        "firm_crd", "firm_start_date", "tenure_months", "tenure_years", "experience_years", "total_firms", "num_prior_firms", "moves_3yr",
        "firm_rep_count", "firm_arrivals_12mo", "firm_departures_12mo", "firm_net_change_12mo", "firm_turnover_pct", "is_wirehouse", "has_cfp",
        "has_cfa", "has_series_65_only", "has_series_7", "is_hv_wealth_title", "has_linkedin", "is_partner_founder", "sf_leads", "sf_lead_id",
        "source_priority", "v3_tier", "final_tier", "v4_percentile",
    ];

    private static int Column(string name) => Array.IndexOf(InputColumns, name);

    // The tier inputs (spec §3.2), the Salesforce match and the tiers of every advisor; dates as yyyy-MM-dd whichever type the provider reads.
    private static Dictionary<long, string[]> Inputs(Store warehouse)
    {
        using var command = warehouse.Command($"SELECT advisor_crd, {string.Join(", ", InputColumns)} FROM {LeadPool.Table}");
        using var reader = command.ExecuteReader();
        var inputs = new Dictionary<long, string[]>();
        while (reader.Read())
            inputs[reader.GetInt64(0)] = Enumerable.Range(1, reader.FieldCount - 1).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
            {
                DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
            }).ToArray();
        return inputs;
    }

    private static void AssertSame(Built duck, Built pg)
    {
        Assert.Equal(duck.Result.Advisors, pg.Result.Advisors);
        for (int i = 0; i < Math.Min(duck.Result.Selected.Count, pg.Result.Selected.Count); i++)
            Assert.True(duck.Result.Selected[i] == pg.Result.Selected[i], $"lead {i + 1}: DuckDB {duck.Result.Selected[i]}, PostgreSQL {pg.Result.Selected[i]}");
        Assert.Equal(duck.Result.Selected.Count, pg.Result.Selected.Count);
        foreach (var (crd, drop) in duck.Drops)
            Assert.True(pg.Drops.TryGetValue(crd, out var other) && other == drop, $"advisor {crd}: DuckDB {drop}, PostgreSQL {(pg.Drops.ContainsKey(crd) ? other : "not dropped")}");
        Assert.Equal(duck.Drops.Count, pg.Drops.Count);
        Assert.Equal(duck.Result.Steps, pg.Result.Steps);
    }

    private static void AssertSameInputs(Built duck, Built pg)
    {
        foreach (var (crd, inputs) in duck.Inputs)
            Assert.True(pg.Inputs.TryGetValue(crd, out var other) && other.SequenceEqual(inputs),
                $"advisor {crd}: DuckDB {string.Join("|", inputs)}, PostgreSQL {(other is null ? "missing" : string.Join("|", other))}");
        Assert.Equal(duck.Inputs.Count, pg.Inputs.Count);
    }

    private sealed record Built(PoolResult Result, Dictionary<long, (string Step, string Reason)> Drops, Dictionary<long, string[]> Inputs);
}
