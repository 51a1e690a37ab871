using LeadScore.Engine.Model;

namespace LeadScore.Engine.Import;

/// <summary>Reads a model file, recognising XGBoost JSON and LightGBM text by their content, not their name.</summary>
public static class ModelLoader
{
    /// <summary>Model file names looked for, in order, when the path is a trained-model directory.</summary>
    public static readonly string[] DirectoryModelFiles = [LightGbmFile, XGBoostFile];

    /// <summary>The model file of a directory written by <c>leadscore train</c> (LightGBM text).</summary>
    public const string LightGbmFile = "model.txt";

    /// <summary>The model file of an XGBoost model folder (the original team's layout).</summary>
    public const string XGBoostFile = "model.json";

    /// <summary>Loads a model file, or the model inside a model directory (<c>leadscore train --out</c>).</summary>
    public static TreeEnsemble Load(string path)
    {
        if (Directory.Exists(path))
        {
            var inside = DirectoryModelFiles.Select(f => Path.Combine(path, f)).FirstOrDefault(File.Exists)
                ?? throw ScoringException.ModelDirectoryEmpty(path, DirectoryModelFiles);
            return Load(inside);
        }
        if (!File.Exists(path)) throw ScoringException.ModelFileMissing(path);
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ScoringException.ModelUnreadable(path, e.Message);
        }
        return Parse(text, path);
    }

    /// <summary>Parses model text; <paramref name="source"/> names it in messages.</summary>
    public static TreeEnsemble Parse(string text, string source)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty) throw ScoringException.ModelUnreadable(source, "the file is empty");
        if (start[0] == '{') return XGBoostJsonReader.Read(text, source);
        if (start.StartsWith("tree", StringComparison.Ordinal)) return LightGbmTextReader.Read(text, source);
        throw ScoringException.ModelUnreadable(source, "it starts with neither '{' (XGBoost JSON) nor 'tree' (LightGBM text)");
    }
}
