namespace LeadScore.Lists.Rules;

/// <summary>
/// A column the list builder computes for every prospect and a tier condition may name. The names are fixed: a rules
/// file naming anything else is refused.
/// </summary>
public sealed record RuleInput(string Name, InputKind Kind)
{
    /// <summary>Every input a condition may name, in the order the list builder computes them.</summary>
    public static IReadOnlyList<RuleInput> All { get; } =
    [
        new("tenure_months", InputKind.Integer), new("tenure_years", InputKind.Integer), new("experience_years", InputKind.Integer),
        new("total_firms", InputKind.Integer), new("num_prior_firms", InputKind.Integer), new("moves_3yr", InputKind.Integer),
        new("firm_rep_count", InputKind.Integer), new("firm_net_change_12mo", InputKind.Integer), new("firm_arrivals_12mo", InputKind.Integer),
        new("firm_departures_12mo", InputKind.Integer), new("firm_turnover_pct", InputKind.Double),
        new("is_wirehouse", InputKind.Boolean), new("has_cfp", InputKind.Boolean), new("has_cfa", InputKind.Boolean),
        new("has_series_65_only", InputKind.Boolean), new("has_series_7", InputKind.Boolean), new("is_hv_wealth_title", InputKind.Boolean),
        new("has_linkedin", InputKind.Boolean),
    ];

    /// <summary>The input of that name (exact, lower case), or null.</summary>
    public static RuleInput? Find(string name) => All.FirstOrDefault(i => i.Name == name);
}
