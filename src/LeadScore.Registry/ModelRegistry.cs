using System.Text.Json;
using System.Text.Json.Nodes;
using LeadScore.Training.Gates;

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

    /// <summary>Opens a registry, creating it when the folder does not exist or is empty.</summary>
    public static ModelRegistry Open(string path)
    {
        var marker = System.IO.Path.Combine(path, MarkerFile);
        if (File.Exists(path) || Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any() && !File.Exists(marker))
            throw RegistryException.NotARegistry(path);
        if (!File.Exists(marker))
        {
            Directory.CreateDirectory(System.IO.Path.Combine(path, "versions"));
            WriteAtomically(marker, new JsonObject { ["format"] = Format, ["format_version"] = 1, ["required_signoffs"] = new JsonArray() }
                .ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        JsonNode? settings;
        try { settings = JsonNode.Parse(File.ReadAllText(marker)); }
        catch (JsonException) { throw RegistryException.NotARegistry(path); }
        if (settings?["format"]?.GetValue<string>() != Format) throw RegistryException.NotARegistry(path);
        var roles = (settings["required_signoffs"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToArray() ?? [];
        return new ModelRegistry(path, roles);
    }

    /// <summary>The state replayed from the committed events.</summary>
    public RegistryState State() => RegistryState.Replay(Log.Read().Events);

    /// <summary>A version's folder, after proving its files are the ones registered (nothing served otherwise).</summary>
    public string Checkout(string nameOrAlias)
    {
        var version = State().Resolve(nameOrAlias).Version;
        var folder = VersionFolder(version);
        var problems = Manifest.Read(folder).Check(folder);
        return problems.Count == 0 ? folder : throw RegistryException.Tampered(version, problems[0]);
    }

    /// <summary>The folder of a version (whether or not it is registered).</summary>
    public string VersionFolder(string version) => System.IO.Path.Combine(VersionsFolder, VersionName.Check(version));

    // Every change: lock, replay, decide, prepare (e.g. place the artefacts), append one event, refresh the readable copy.
    private RegistryEvent Change(Func<RegistryState, RegistryEvent> decide, Action? prepare = null)
    {
        using var registryLock = RegistryLock.Take(Path);
        var state = State();
        var e = decide(state) with { Seq = state.LastSeq + 1, RecordedAt = DateTimeOffset.UtcNow };
        prepare?.Invoke();
        CrashPoint.At("before-event");
        Log.Append(e);
        CrashPoint.At("after-event");
        WriteStateCopy(RegistryState.Replay([.. state.Events, e]));
        return e;
    }

    private void WriteStateCopy(RegistryState state) =>
        WriteAtomically(System.IO.Path.Combine(Path, "state.json"), JsonSerializer.Serialize(new
        {
            last_seq = state.LastSeq,
            champion = state.Champion,
            versions = state.Versions.OrderBy(v => v.RegisteredAt).Select(v => new { version = v.Version, status = v.Status.Name(), registered_at = v.RegisteredAt, sign_offs = v.SignOffs }),
        }, new JsonSerializerOptions { WriteIndented = true }));

    internal static void WriteAtomically(string path, string text)
    {
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static GateStatus? GateVerdict(string folder)
    {
        var gates = System.IO.Path.Combine(folder, "gates.json");
        if (!File.Exists(gates)) return null;
        var overall = JsonNode.Parse(File.ReadAllText(gates))?["overall"]?.GetValue<string>();
        return overall switch { "fail" => GateStatus.Fail, "warn" => GateStatus.Warn, "pass" => GateStatus.Pass, _ => null };
    }

    private static IReadOnlyList<string> FailedGates(string folder) =>
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "gates.json")))?["gates"]?.AsArray()
            .Where(g => g?["status"]?.GetValue<string>() == "fail").Select(g => g!["id"]!.GetValue<string>()).ToArray() ?? [];
}
