namespace LeadScore.Scoring.Narratives;

/// <summary>
/// One clause of a narrative as written: the feature it names, whether it is stated as raising the score, its text,
/// and whether the text is the generic one built from the feature name (no phrase in the book).
/// </summary>
internal readonly record struct Clause(string Feature, bool Raises, string Text, bool Generic);
