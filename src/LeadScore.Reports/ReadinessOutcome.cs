namespace LeadScore.Reports;

/// <summary>What a readiness report recommends.</summary>
public enum ReadinessOutcome
{
    /// <summary>Make the challenger the champion.</summary>
    Deploy,

    /// <summary>Score the challenger beside the champion without acting on it, to gather evidence.</summary>
    DeployInShadow,

    /// <summary>Keep the champion; do not put the challenger in front of the sales reps.</summary>
    DoNotDeploy,
}

/// <summary>The outcomes as the rules file and the report spell them.</summary>
public static class ReadinessOutcomeNames
{
    public static readonly IReadOnlyList<string> Names = ["deploy", "deploy-in-shadow", "do-not-deploy"];

    public static string Name(this ReadinessOutcome outcome) => Names[(int)outcome];

    /// <summary>The outcome in words for a heading: "Deploy", "Deploy in shadow", "Do not deploy".</summary>
    public static string Words(this ReadinessOutcome outcome) => outcome switch
    {
        ReadinessOutcome.Deploy => "Deploy",
        ReadinessOutcome.DeployInShadow => "Deploy in shadow",
        _ => "Do not deploy",
    };

    public static ReadinessOutcome? Parse(string? text) => text switch
    {
        "deploy" => ReadinessOutcome.Deploy,
        "deploy-in-shadow" => ReadinessOutcome.DeployInShadow,
        "do-not-deploy" => ReadinessOutcome.DoNotDeploy,
        _ => null,
    };
}
