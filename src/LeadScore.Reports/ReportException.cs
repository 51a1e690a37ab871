namespace LeadScore.Reports;

/// <summary>The one error type of the reports layer: a message a person can act on (what was given, what to do).</summary>
public sealed class ReportException(string message, Exception? inner = null) : Exception(message, inner);
