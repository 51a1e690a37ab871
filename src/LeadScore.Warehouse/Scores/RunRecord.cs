namespace LeadScore.Warehouse.Scores;

/// <summary>One attempt of a scoring run, as a row of <c>scores.runs</c> (the JSON columns already serialised).</summary>
public sealed record RunRecord(string RunId, int Attempt, DateOnly AsOf, string Status, string? Reason, string Models, string SnapshotHash,
    string SnapshotTable, long Advisors, long ScoreRows, string Checks, string Timings, DateTime StartedAt, DateTime FinishedAt);
