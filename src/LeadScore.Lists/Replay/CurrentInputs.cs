using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;

namespace LeadScore.Lists.Replay;

/// <summary>
/// The inputs a replay takes as they are today, because the warehouse keeps no history of them (FINTRX's contact
/// snapshot, Salesforce's deletion flag), each named with the columns it reads and what the list uses it for. Only
/// those the rules and the policy use are named. Everything else is as of the list's date: the firm (CRD, name, start)
/// from the employment spell covering the date, and with it the firm exclusions, tenure, experience, prior firms,
/// moves, and the firm's reps, arrivals, departures, net change and turnover.
/// </summary>
internal static class CurrentInputs
{
    public static IReadOnlyList<string> Of(RuleSet rules, ListPolicy policy)
    {
        var used = rules.Tiers.SelectMany(t => t.When).SelectMany(a => a.Conditions).Select(c => c.Input.Name).ToHashSet(StringComparer.Ordinal);
        var exclusions = rules.Exclusions;
        var inputs = new List<string> { "first and last name (contact_first_name, contact_last_name): the identity check" };
        if (exclusions.TitlePatterns.Any(p => p.Enabled) || policy.NullTitles == "drop") inputs.Add("title (title_name): the title exclusions");
        if (exclusions.Age is { Enabled: true }) inputs.Add("age range (age_range): the age exclusion");
        if (exclusions.Disclosures is { Enabled: true }) inputs.Add("disclosures (contact_has_disclosed_*): the disclosure exclusion");
        void Tier(string input, string columns)
        {
            if (used.Contains(input)) inputs.Add($"{input} ({columns}): the tier rules");
        }
        Tier("has_cfp", "CFP in contact_bio or title_name");
        Tier("has_cfa", "CFA in contact_bio or title_name");
        Tier("has_series_65_only", "rep_licenses");
        Tier("has_series_7", "rep_licenses");
        Tier("is_hv_wealth_title", "title_name");
        Tier("firm_rep_count", "for firms under 20 reps on the date, the vendor's employee count: primary_firm_employee_count, else raw.firms");
        inputs.Add($"has_linkedin (linkedin_profile_url): {(used.Contains("has_linkedin") ? "the tier rules, " : "")}the list order and the no-LinkedIn cap");
        inputs.Add("Salesforce lead deleted (raw.leads is_deleted): whether the advisor was already in Salesforce on the date (new prospects rank first)");
        return inputs;
    }
}
