using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

/// <summary>Small model directories to register: a real (tiny) XGBoost model with gate results of a chosen verdict.</summary>
public static class SomeVersions
{
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
