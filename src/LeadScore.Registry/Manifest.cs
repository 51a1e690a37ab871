using System.Security.Cryptography;
using System.Text.Json;

namespace LeadScore.Registry;

/// <summary>A version folder's manifest: every artefact with its SHA-256, written once at registration.</summary>
public sealed record Manifest(string Version, DateTimeOffset CreatedAt, string Source, IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> Missing)
{
    public const string FileName = "manifest.json";

    public static Manifest Of(string folder, string version, string source, IReadOnlyList<string> missing) =>
        new(version, DateTimeOffset.UtcNow, source,
            Directory.GetFiles(folder).Select(System.IO.Path.GetFileName).Where(n => n != FileName).Order(StringComparer.Ordinal)
                .ToDictionary(n => n!, n => Sha256(System.IO.Path.Combine(folder, n!))), missing);

    /// <summary>The manifest of <paramref name="version"/>'s folder.</summary>
    /// <exception cref="RegistryException">It is missing or unreadable.</exception>
    public static Manifest Read(string folder, string version)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(System.IO.Path.Combine(folder, FileName)), RegistryEvent.Json);
            return manifest is { Files: not null, Missing: not null } ? manifest : throw new JsonException("it lists no files");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw RegistryException.ManifestUnreadable(version, e.Message.Split('\n')[0]);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions(RegistryEvent.Json) { WriteIndented = true });

    /// <summary>What is wrong with the folder's files against this manifest: missing, changed or extra files.</summary>
    public IReadOnlyList<string> Check(string folder)
    {
        var problems = new List<string>();
        foreach (var (name, hash) in Files)
        {
            var path = System.IO.Path.Combine(folder, name);
            if (!File.Exists(path)) problems.Add($"{name} is missing");
            else if (Sha256(path) != hash) problems.Add($"{name} does not match its SHA-256 in the manifest");
        }
        foreach (var name in Directory.GetFiles(folder).Select(System.IO.Path.GetFileName).Where(n => n != FileName && !Files.ContainsKey(n!)))
            problems.Add($"{name} is not in the manifest");
        return problems;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
