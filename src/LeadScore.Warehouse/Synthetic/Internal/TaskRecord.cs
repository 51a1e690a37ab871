namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>One Salesforce task as generated (a row of <c>raw.tasks</c>).</summary>
internal sealed record TaskRecord(
    string Id,
    string WhoId,
    int? ActivityDay,
    DateTime? Completed,
    DateTime Created,
    string? Type,
    string Subtype,
    string Subject,
    string? CallType,
    bool Deleted);
