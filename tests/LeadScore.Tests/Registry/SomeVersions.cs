using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

/// <summary>Small model directories to register: a real (tiny) XGBoost model with gate results of a chosen verdict.</summary>
public static class SomeVersions
{
    /// <summary>A registry in <paramref name="folder"/> with v1 and v2 registered and v1 the champion.</summary>
    public static (string Path, LeadScore.Registry.ModelRegistry Registry) TwoVersions(TempFolder folder)
    {
        var path = folder.File("registry");
        var registry = LeadScore.Registry.ModelRegistry.OpenOrCreate(path);
        registry.Register(ModelDirectory(folder, "a"), "v1", "ana", "test");
        registry.Register(ModelDirectory(folder, "b"), "v2", "ana", "test");
        registry.Promote("v1", LeadScore.Registry.ModelStatus.Champion, "ana", null, null, false);
        return (path, registry);
    }

    public static string ModelDirectory(TempFolder folder, string name, string gates = "pass")
    {
        var directory = folder.File(name);
        Directory.CreateDirectory(directory);
        File.Copy(SomeModels.Save(SomeModels.XGBoost(), folder), Path.Combine(directory, "model.json"), overwrite: true);
        File.WriteAllText(Path.Combine(directory, "gates.json"),
            $$"""{"overall": "{{gates}}", "gates": [{"id": "G9.2", "status": "{{(gates == "fail" ? "fail" : "pass")}}"}]}""");
        return directory;
    }
}
