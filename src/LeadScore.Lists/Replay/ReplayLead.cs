namespace LeadScore.Lists.Replay;

/// <summary>A historical contacted lead to replay: its id, the advisor's CRD and the day it was contacted.</summary>
public sealed record ReplayLead(string LeadId, long AdvisorCrd, DateOnly ContactedDate);
