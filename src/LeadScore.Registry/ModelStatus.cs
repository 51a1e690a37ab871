namespace LeadScore.Registry;

/// <summary>
/// Where a version stands: registered as a <see cref="Candidate"/>, scored in the shadow as a <see cref="Challenger"/>,
/// live as the one <see cref="Champion"/>, then <see cref="Deprecated"/> when replaced, <see cref="RolledBack"/> when
/// pulled, or <see cref="Archived"/> when put away.
/// </summary>
public enum ModelStatus
{
    Candidate,
    Challenger,
    Champion,
    Deprecated,
    RolledBack,
    Archived,
}

public static class ModelStatusNames
{
    public static string Name(this ModelStatus status) => status switch
    {
        ModelStatus.RolledBack => "rolled_back",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool IsKnown(string? text) => text is "candidate" or "challenger" or "champion" or "deprecated" or "rolled_back" or "archived";

    public static ModelStatus Parse(string text) => text switch
    {
        "candidate" => ModelStatus.Candidate,
        "challenger" => ModelStatus.Challenger,
        "champion" => ModelStatus.Champion,
        "deprecated" => ModelStatus.Deprecated,
        "rolled_back" => ModelStatus.RolledBack,
        "archived" => ModelStatus.Archived,
        _ => throw new FormatException($"unknown status '{text}'"),
    };
}
