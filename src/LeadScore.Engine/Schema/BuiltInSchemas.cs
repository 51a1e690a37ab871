namespace LeadScore.Engine.Schema;

/// <summary>Schemas shipped with the engine, for models whose encodings were never stored with them.</summary>
public static class BuiltInSchemas
{
    private static readonly Lazy<IReadOnlyDictionary<string, FeatureSchema>> All = new(Load);

    public static IEnumerable<string> Names => All.Value.Keys.Order();

    public static FeatureSchema? Find(string name) => All.Value.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, FeatureSchema> Load()
    {
        var assembly = typeof(BuiltInSchemas).Assembly;
        var result = new Dictionary<string, FeatureSchema>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var schema = FeatureSchemaJson.Parse(reader.ReadToEnd(), resource);
            result[schema.Name] = schema;
        }
        return result;
    }
}
