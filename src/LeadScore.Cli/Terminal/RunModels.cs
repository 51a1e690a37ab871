using LeadScore.Registry;
using LeadScore.Scoring;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// The models of a scoring run from the command line: <c>--model</c> (default <c>registry:champion</c>) and each
/// <c>--shadow</c>, each a model directory, a model file, or <c>registry:NAME</c>. Without <c>--shadow</c>, a
/// champion taken from the registry brings every challenger of that registry along in shadow.
/// </summary>
public static class RunModels
{
    public const string DefaultChampion = ModelReference.Prefix + "champion";

    public static IReadOnlyList<ModelSource> Resolve(string champion, IReadOnlyList<string> shadows, bool noShadow, string? registryOption)
    {
        if (noShadow && shadows.Count > 0) throw CliException.ShadowWithoutRegistry();
        var registryPath = ModelReference.RegistryPath(registryOption);
        ModelRegistry? registry = null;
        ModelRegistry Registry() => registry ??= ModelRegistry.Open(registryPath);

        ModelSource One(string option, string given, ModelRole role)
        {
            if (!given.StartsWith(ModelReference.Prefix, StringComparison.Ordinal))
            {
                var path = InputPaths.FileOrFolder(option, given);
                return new ModelSource(VersionOf(path), role, path, given);
            }
            var name = given[ModelReference.Prefix.Length..];
            var state = Registry().State();
            if (name == "champion" && state.Champion is null) throw CliException.NoChampion(registryPath);
            var version = state.Resolve(name).Version;
            return new ModelSource(version, role, Registry().Checkout(version), given);
        }

        var models = new List<ModelSource> { One("--model", champion, ModelRole.Champion) };
        if (shadows.Count > 0) models.AddRange(shadows.Select(s => One("--shadow", s, ModelRole.Shadow)));
        else if (!noShadow && champion.StartsWith(ModelReference.Prefix, StringComparison.Ordinal))
            models.AddRange(Registry().State().Versions.Where(v => v.Status == ModelStatus.Challenger).OrderBy(v => v.RegisteredAt)
                .Select(v => One("--shadow", ModelReference.Prefix + v.Version, ModelRole.Shadow)));
        return models;
    }

    // A model outside the registry is named by its folder (or by the folder holding a model.json / model.txt).
    private static string VersionOf(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (Directory.Exists(full)) return Path.GetFileName(full);
        var name = Path.GetFileName(full);
        return name is "model.json" or "model.txt" ? Path.GetFileName(Path.GetDirectoryName(full)!) : Path.GetFileNameWithoutExtension(name);
    }
}
