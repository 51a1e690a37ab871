namespace LeadScore.Lists;

/// <summary>The one error type of the lead-list layer: a message a person can act on (what was given, what to do).</summary>
public sealed class ListException(string message, Exception? inner = null) : Exception(message, inner);
