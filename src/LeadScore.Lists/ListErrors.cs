namespace LeadScore.Lists;

/// <summary>The lead list's messages for inputs it cannot build from, written once: what was given and what to do.</summary>
internal static class ListErrors
{
    public static ListException BadMonth(string month) =>
        new($"--month '{month}' is not a month; write it as YYYY-MM, e.g. 2026-01.");

    public static ListException NoScoringRun(string month, DateOnly first, string? latest) =>
        new($"no successful scoring run for {month}: the list needs a published run as of a day from {first.AddMonths(-1):yyyy-MM-dd} to {first:yyyy-MM-dd}" +
            (latest is null ? " and the warehouse has none" : $" (the latest is {latest})") +
            $"; run `leadscore score --as-of {first.AddDays(-1):yyyy-MM-dd}` first, or name one with --run.");

    public static ListException RunNotPublished(string run, string? status, string? reason) =>
        new(status is null
            ? $"--run {run}: the warehouse has no scoring run of that name; `leadscore score` publishes one (run ids are listed in scores.runs)."
            : $"--run {run}: that scoring run was not published (its latest attempt {status}{(reason is null ? "" : $": {reason}")}); a list is built only from a successful run.");

    public static ListException NoChampion(string run) =>
        new($"scoring run {run} records no champion model; score the month again with `leadscore score`.");

    public static ListException NoReps(int excluded) =>
        new($"raw.users has no active sales rep (is_active and is_sga__c){(excluded > 0 ? $" apart from the {excluded} the policy excludes" : "")}; import the Salesforce users or fix the policy's excluded_sga_names.");

    public static ListException MissingInput(string table, string what) =>
        new($"the warehouse has no {table}: the list needs {what}; import it with `leadscore warehouse import` (or generate a synthetic warehouse with `leadscore synth`).");

    public static ListException UnknownQuotaTier(string tier, string policy) =>
        new($"the rules have tier {tier} but policy '{policy}' gives it no quota; add it to quotas_per_12_sgas.");

    public static ListException UnknownPolicyTier(string tier, string field, string policy) =>
        new($"policy '{policy}' names tier {tier} in {field}, which the rules do not have; fix the policy or the rules.");
}
