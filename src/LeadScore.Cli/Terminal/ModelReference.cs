using LeadScore.Registry;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// What <c>--model</c> names: a file or model directory, or <c>registry:VERSION</c> (or an alias such as
/// <c>registry:champion</c>) in the registry given by <c>--registry</c>, else <c>$LEADSCORE_REGISTRY</c>, else
/// workspace/registry. A registry version is served only after its files are checked against their SHA-256 manifest;
/// the registry must exist (reading a model never creates one).
/// </summary>
public sealed record ModelReference(string Path, string? Registry)
{
    public const string Prefix = "registry:";

    public static ModelReference Of(string option, string model, string? registryOption = null)
    {
        if (!model.StartsWith(Prefix, StringComparison.Ordinal)) return new(InputPaths.FileOrFolder(option, model), null);
        var registry = RegistryPath(registryOption);
        return new(ModelRegistry.Open(registry).Checkout(model[Prefix.Length..]), registry);
    }

    /// <summary>The registry a <c>registry:</c> name refers to: <c>--registry</c>, else <c>$LEADSCORE_REGISTRY</c>, else workspace/registry.</summary>
    public static string RegistryPath(string? registryOption) =>
        registryOption ?? (Environment.GetEnvironmentVariable("LEADSCORE_REGISTRY") is { Length: > 0 } path ? path : ModelRegistry.DefaultPath);
}
