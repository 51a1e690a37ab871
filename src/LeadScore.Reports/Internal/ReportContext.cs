using LeadScore.Backtest;

namespace LeadScore.Reports.Internal;

/// <summary>What every section is written from: the evidence, the facts and the decision taken on them, the rules, and the time the report is dated.</summary>
internal sealed record ReportContext(ReadinessEvidence Evidence, ReadinessFacts Facts, ReadinessRules Rules, RuleDecision Decision, DateTimeOffset Generated)
{
    public BacktestResult Backtest => Evidence.Backtest;

    public string Champion => Evidence.Champion.Version;

    public string Challenger => Evidence.Challenger.Version;

    /// <summary>"v4.0.0 (champion)".</summary>
    public string ChampionLabel => $"{Champion} (champion)";

    public string ChallengerLabel => $"{Challenger} (challenger)";

    /// <summary>The rules as the report names them: "the built-in rules" or the file's name.</summary>
    public string RulesName => Rules.IsBuiltin ? "the built-in rules" : $"the rules file {MarkdownText.Code(Path.GetFileName(Rules.Source))}";
}
