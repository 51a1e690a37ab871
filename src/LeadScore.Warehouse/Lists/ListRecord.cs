namespace LeadScore.Warehouse.Lists;

/// <summary>One attempt of a month's list, as a row of <c>lists.runs</c> (the JSON columns already serialised).</summary>
public sealed record ListRecord(string ListId, int Attempt, string Month, string ScoreRun, DateOnly AsOf, string Champion, string Policy,
    string PolicySha256, string RulesVersion, string RulesSha256, int Reps, int PerSga, long Leads, long Dropped, string Status, string? Reason,
    string Summary, string Checks, DateTime StartedAt, DateTime FinishedAt);

/// <summary>A sales rep (SGA) the list assigns leads to.</summary>
public sealed record SalesRep(string Id, string Name);

/// <summary>Where an advisor stands in a published list: on it (with rep, tier and rank), dropped (with the step and reason), or outside the pool.</summary>
public sealed record ListStanding(string ListId, long AdvisorCrd, bool OnList, string? Step, string? Reason, string? SgaName, string? FinalTier,
    int? ListRank, int? Percentile);
