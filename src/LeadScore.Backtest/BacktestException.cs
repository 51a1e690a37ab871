namespace LeadScore.Backtest;

/// <summary>The one error type of the backtest layer: a message a person can act on (what was given, what to do).</summary>
public sealed class BacktestException(string message, Exception? inner = null) : Exception(message, inner);
