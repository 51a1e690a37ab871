using LeadScore.Registry;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// What <c>--model</c> names: a file or model directory, or <c>registry:VERSION</c> (or an alias such as
/// <c>registry:champion</c>) in the registry given by <c>--registry</c>, else <c>$LEADSCORE_REGISTRY</c>, else
/// workspace/registry. A registry version is served only after its files are checked against their SHA-256 manifest.
/// </summary>
public static class ModelReference
{
    public const string Prefix = "registry:";

    public static string Resolve(string model, string? registryOption = null)
    {
        if (!model.StartsWith(Prefix, StringComparison.Ordinal)) return model;
        var registry = registryOption
            ?? (Environment.GetEnvironmentVariable("LEADSCORE_REGISTRY") is { Length: > 0 } path ? path : ModelRegistry.DefaultPath);
        return ModelRegistry.Open(registry).Checkout(model[Prefix.Length..]);
    }
}
