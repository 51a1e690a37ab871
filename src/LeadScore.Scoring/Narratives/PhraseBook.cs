namespace LeadScore.Scoring.Narratives;

/// <summary>
/// The phrases a scoring run uses to turn an advisor's top reasons into one plain-English sentence: one entry per
/// feature, read from a phrase file (the format is at the top of <c>PhraseFile.cs</c> and in the folder's README).
/// A book is immutable and safe to share between threads.
/// </summary>
public sealed partial class PhraseBook
{
    private const string BuiltInResource = "phrases.r3.json";

    private static readonly Lazy<PhraseBook> R3 = new(LoadBuiltIn);

    private readonly Dictionary<string, FeaturePhrases> entries;

    private PhraseBook(Dictionary<string, FeaturePhrases> entries) => this.entries = entries;

    /// <summary>The phrases for the 22 features of V4.1.0 R3 (<c>Narratives/r3.json</c>, embedded).</summary>
    public static PhraseBook BuiltIn => R3.Value;

    /// <summary>The features this book has phrases for.</summary>
    public IReadOnlyCollection<string> Features => entries.Keys;

    /// <summary>Reads a phrase file in the built-in file's format.</summary>
    /// <exception cref="ScoringRunException">The file cannot be read, is not valid JSON, or breaks the format.</exception>
    public static PhraseBook Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ScoringRunException.PhraseFile(path, $"cannot be read ({e.Message.ReplaceLineEndings(" ")})");
        }
        return new PhraseBook(PhraseFile.Parse(json, path));
    }

    /// <summary>This book with <paramref name="other"/>'s entries added, each replacing this book's entry for the same feature.</summary>
    public PhraseBook With(PhraseBook other)
    {
        var merged = new Dictionary<string, FeaturePhrases>(entries, StringComparer.Ordinal);
        foreach (var (feature, phrases) in other.entries) merged[feature] = phrases;
        return new PhraseBook(merged);
    }

    /// <summary>
    /// The features of <paramref name="features"/> this book has no phrase for, once each and in order; narratives
    /// name them with a generic phrase built from the feature name, so a run should warn about them.
    /// </summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> features)
    {
        var missing = new List<string>();
        foreach (var feature in features)
            if (!entries.ContainsKey(feature) && !missing.Contains(feature)) missing.Add(feature);
        return missing;
    }

    /// <summary>What <paramref name="feature"/> means (the file's <c>means</c> line), or null when the book has no entry for it.</summary>
    public string? Meaning(string feature) => entries.TryGetValue(feature, out var phrases) ? phrases.Means : null;

    /// <summary>The direction in which <paramref name="feature"/> usually moves the score, or null when the book has no entry for it.</summary>
    public UsualDirection? Usually(string feature) => entries.TryGetValue(feature, out var phrases) ? phrases.Usually : null;

    private static PhraseBook LoadBuiltIn()
    {
        using var stream = typeof(PhraseBook).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw ScoringRunException.PhraseFile(BuiltInResource, "the built-in phrase file is not embedded in LeadScore.Scoring");
        using var reader = new StreamReader(stream);
        return new PhraseBook(PhraseFile.Parse(reader.ReadToEnd(), $"{BuiltInResource} (built in)"));
    }
}
