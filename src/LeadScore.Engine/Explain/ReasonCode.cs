namespace LeadScore.Engine.Explain;

/// <summary>One reason behind a score: the feature, the row's value of it, and its signed SHAP contribution (log-odds).</summary>
public readonly record struct ReasonCode(int Feature, float Value, float Contribution);
