using System.Text.Json;
using System.Text.Json.Nodes;
using LeadScore.Storage;

namespace LeadScore.Registry;

/// <summary>
/// A model registry on disk: <c>registry.json</c> (marker and settings), <c>versions/&lt;v&gt;/</c> (immutable
/// artefacts and a SHA-256 manifest), and <c>events.jsonl</c>, the append-only log every status comes from. Each
/// change takes the registry's lock, checks the transition against the replayed state, and commits as one appended
/// line, so a crash leaves the old state or the new one. <c>state.json</c> is a readable copy, rewritten after each change.
/// </summary>
public sealed partial class ModelRegistry
{
    public static readonly string DefaultPath = System.IO.Path.Combine("workspace", "registry");
    private const string MarkerFile = "registry.json";
    private const string StateFile = "state.json";
    private const string Format = "leadscore-registry";

    private ModelRegistry(string path, IReadOnlyList<string> requiredSignOffs)
    {
        Path = path;
        RequiredSignOffs = requiredSignOffs;
        Log = new EventLog(System.IO.Path.Combine(path, "events.jsonl"));
    }

    public string Path { get; }

    /// <summary>Roles that must sign a version off before it can become champion (registry.json "required_signoffs").</summary>
    public IReadOnlyList<string> RequiredSignOffs { get; }

    internal EventLog Log { get; }

    private string VersionsFolder => System.IO.Path.Combine(Path, "versions");

    /// <summary>Opens an existing registry; a path that holds none is an error (reading never creates one).</summary>
    public static ModelRegistry Open(string path)
    {
        if (!Directory.Exists(path) && !File.Exists(path)) throw RegistryException.Missing(path);
        return OpenExisting(path);
    }

    /// <summary>Opens a registry, creating it when the folder does not exist or is empty (for the commands that register).</summary>
    public static ModelRegistry OpenOrCreate(string path)
    {
        var marker = System.IO.Path.Combine(path, MarkerFile);
        if (File.Exists(path) || Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any() && !File.Exists(marker))
            throw RegistryException.NotARegistry(path);
        if (!File.Exists(marker))
        {
            Directory.CreateDirectory(System.IO.Path.Combine(path, "versions"));
            AtomicFile.WriteText(marker, new JsonObject { ["format"] = Format, ["format_version"] = 1, ["required_signoffs"] = new JsonArray() }
                .ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        return OpenExisting(path);
    }

    private static ModelRegistry OpenExisting(string path)
    {
        var marker = System.IO.Path.Combine(path, MarkerFile);
        if (!File.Exists(marker)) throw RegistryException.NotARegistry(path);
        JsonNode? settings;
        try { settings = JsonNode.Parse(File.ReadAllText(marker)); }
        catch (JsonException) { throw RegistryException.NotARegistry(path); }
        if (settings is not JsonObject || settings["format"] is not JsonValue format || !format.TryGetValue(out string? name) || name != Format)
            throw RegistryException.NotARegistry(path);
        var roles = new List<string>();
        if (settings["required_signoffs"] is { } list)
        {
            if (list is not JsonArray array) throw RegistryException.SettingsInvalid(marker, "required_signoffs is not a list");
            foreach (var role in array)
            {
                if (role is not JsonValue v || !v.TryGetValue(out string? text) || !Lifecycle.SignOffRoles.Contains(text))
                    throw RegistryException.SettingsInvalid(marker, $"{role?.ToJsonString() ?? "null"} is not a sign-off role");
                roles.Add(text);
            }
        }
        return new ModelRegistry(path, roles);
    }

    /// <summary>The state replayed from the committed events.</summary>
    /// <exception cref="RegistryException">The log is corrupt or makes an impossible lifecycle step.</exception>
    public RegistryState State() => RegistryState.Replay(Log.Read().Events, Log.Path);

    /// <summary>A version's folder, after proving its files are the ones registered (nothing served otherwise).</summary>
    public string Checkout(string nameOrAlias)
    {
        var version = State().Resolve(nameOrAlias).Version;
        var folder = VersionFolder(version);
        var problems = Manifest.Read(folder, version).Check(folder);
        return problems.Count == 0 ? folder : throw RegistryException.Tampered(version, problems[0]);
    }

    /// <summary>The folder of a version (whether or not it is registered).</summary>
    public string VersionFolder(string version) => System.IO.Path.Combine(VersionsFolder, VersionName.Check(version));

    // Every change: lock, replay, decide, check against the lifecycle, prepare (e.g. place the artefacts), append one
    // event, refresh the readable copy.
    private RegistryEvent Change(Func<RegistryState, RegistryEvent> decide, Action? prepare = null)
    {
        using var registryLock = RegistryLock.Take(Path);
        var state = State();
        var e = decide(state) with { Seq = state.LastSeq + 1, RecordedAt = DateTimeOffset.UtcNow };
        var after = state.With(e);
        prepare?.Invoke();
        CrashPoint.At("before-event");
        Log.Append(e);
        CrashPoint.At("after-event");
        WriteStateCopy(after);
        return e;
    }

    private void WriteStateCopy(RegistryState state) =>
        AtomicFile.WriteText(System.IO.Path.Combine(Path, StateFile), JsonSerializer.Serialize(new
        {
            last_seq = state.LastSeq,
            champion = state.Champion,
            versions = state.Versions.OrderBy(v => v.RegisteredAt).Select(v => new { version = v.Version, status = v.Status.Name(), registered_at = v.RegisteredAt, sign_offs = v.SignOffs }),
        }, new JsonSerializerOptions { WriteIndented = true }));
}
