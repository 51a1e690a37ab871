namespace LeadScore.Scoring;

/// <summary>How a model takes part in a run: the live <see cref="Champion"/>, or a challenger scoring the same rows in <see cref="Shadow"/>.</summary>
public enum ModelRole
{
    Champion,
    Shadow,
}

public static class ModelRoleNames
{
    public static string Name(this ModelRole role) => role == ModelRole.Champion ? "champion" : "shadow";
}
