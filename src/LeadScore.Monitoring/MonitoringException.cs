using System.Globalization;

namespace LeadScore.Monitoring;

/// <summary>
/// The one error type of the monitoring layer. Every message is one line that says what was wrong and what to do;
/// messages are written only in the factory methods below.
/// </summary>
public sealed class MonitoringException : Exception
{
    private MonitoringException(string message) : base(message) { }

    /// <summary>No built-in preset has the name.</summary>
    public static MonitoringException UnknownPreset(string name, IEnumerable<string> names) =>
        new($"'{name}' is not a built-in rule preset; use one of {string.Join(", ", names)}, or give the path of a rules file.");

    /// <summary>A rules file cannot be read.</summary>
    public static MonitoringException UnreadableRules(string path, string reason) =>
        new($"cannot read the rules file {path}: {reason}; check the path and its permissions.");

    /// <summary>A rules file is not valid JSON or not a valid rule set; <paramref name="where"/> names the rule.</summary>
    public static MonitoringException InvalidRules(string source, string where, string problem) =>
        new($"{source}: {where}: {problem}");

    /// <summary>A rule is not one the monitor can evaluate (found when a rule set is built).</summary>
    public static MonitoringException InvalidRule(string set, string rule, string problem) =>
        new($"rule set '{set}', rule '{rule}': {problem}");

    /// <summary>A rule set without rules.</summary>
    public static MonitoringException NoRules(string set) =>
        new($"rule set '{set}' has no rules; give at least one (or use a built-in preset: seed, default).");

    /// <summary>Two rules share a name.</summary>
    public static MonitoringException DuplicateRule(string set, string rule) =>
        new($"rule set '{set}' has two rules named '{rule}'; give each rule its own name (outcomes are reported by name).");

    /// <summary>A maturity curve was asked to learn from a history without a conversion it can use.</summary>
    public static MonitoringException NoDelays(int leads, int horizon) =>
        new($"the history's {leads:N0} leads hold no conversion within {horizon} days of contact among the contacts at least {horizon} days old; " +
            "give a longer history, or use MaturityCurve.Immediate.");

    /// <summary>A horizon that is not a positive number of days.</summary>
    public static MonitoringException BadHorizon(int horizon) =>
        new($"the maturity horizon must be at least 1 day (got {horizon}); the spec's conversion window is 43 days.");

    /// <summary>Observed shares that are not a non-decreasing sequence in [0, 1].</summary>
    public static MonitoringException BadShares(int day, double share) =>
        new($"the observed share at day {day} is {Format(share)}; shares must lie in [0, 1] and never decrease.");

    /// <summary>A figure of the request or an expectation outside its range.</summary>
    public static MonitoringException OutOfRange(string name, double value, string range) =>
        new($"the {name} is {Format(value)}, outside {range}; give e.g. 0.0274 for a 2.74% rate.");

    /// <summary>A count of the request or a simulation outside its range.</summary>
    public static MonitoringException BadCount(string name, int value, string range) =>
        new($"the {name} is {value}, outside {range}.");

    /// <summary>The expectation's top-decile rate and lift disagree.</summary>
    public static MonitoringException InconsistentExpectation(double overall, double topRate, double lift) =>
        new($"the expected top-decile rate {Format(topRate)} is not the top-decile lift {Format(lift)} × the overall rate {Format(overall)}; " +
            "give a lift over the list's own rate (the backtest's definition), or build it with Expectation.FromLift.");

    /// <summary>An expectation whose rates cannot describe a list (the rest of the list would need a rate outside [0, 1]).</summary>
    public static MonitoringException CannotSimulate(string world, double rate) =>
        new($"the {world} list cannot be simulated: the leads outside the top decile would need a rate of {Format(rate)}; " +
            "check that the overall rate and the top-decile rate fit a list with this top-decile share.");

    /// <summary>A lead appears twice.</summary>
    public static MonitoringException DuplicateLead(string leadId) =>
        new($"lead {leadId} appears twice; give each contacted lead once.");

    /// <summary>A lead without a champion score, or with a model in two roles, or with two champions.</summary>
    public static MonitoringException BadScores(string leadId, string problem) =>
        new($"lead {leadId}: {problem}");

    /// <summary>The leads carry more than one champion.</summary>
    public static MonitoringException TwoChampions(string first, string second) =>
        new($"the leads carry two champions ({first} and {second}); monitor one champion's leads at a time.");

    /// <summary>A lead contacted before its list's first day.</summary>
    public static MonitoringException ContactBeforeList(string leadId, DateOnly contacted, string listId, DateOnly start) =>
        new($"lead {leadId} was contacted on {contacted:yyyy-MM-dd}, before its list {listId} started on {start:yyyy-MM-dd}; check the list's first day.");

    /// <summary>One list id with two first days.</summary>
    public static MonitoringException ListStartsTwice(string listId, DateOnly first, DateOnly second) =>
        new($"list {listId} is given two first days ({first:yyyy-MM-dd} and {second:yyyy-MM-dd}); give every lead of a list the same ListStart.");

    /// <summary>A PSI reading that is not a finite number.</summary>
    public static MonitoringException BadPsi(string runId, string feature, double psi) =>
        new($"the PSI of {feature} in run {runId} is {Format(psi)}; a PSI is a finite number ≥ 0.");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
