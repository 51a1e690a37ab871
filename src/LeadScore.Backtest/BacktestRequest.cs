using LeadScore.Data.Labeled;

namespace LeadScore.Backtest;

/// <summary>
/// What to backtest: the leads (a file, or a table of a DuckDB file such as the warehouse's <c>features.training</c>),
/// the contact-date window, the two models, the policy, the baseline lifts are measured against (null: the window's
/// own conversion rate) and the paired bootstrap's replicates and seed; the list policy and rules the <c>list</c> policy replays (null: the built-in default policy and V3.2.5 rules). <paramref name="Warehouse"/> is the warehouse
/// the list policy replays tiers from (null when the leads are a file).
/// </summary>
public sealed record BacktestRequest(
    string Data,
    string? Table,
    string? Warehouse,
    DateRange Window,
    LoadedModel Champion,
    LoadedModel Challenger,
    BacktestPolicy Policy,
    double? Baseline = null,
    int Replicates = 2000,
    ulong Seed = 42,
    string Target = "target",
    string DateColumn = "contacted_date",
    string IdColumn = "lead_id",
    string AdvisorColumn = "advisor_crd",
    LeadScore.Lists.Policy.ListPolicy? ListPolicy = null,
    LeadScore.Lists.Rules.RuleSet? Rules = null);
