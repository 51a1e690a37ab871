namespace LeadScore.Engine;

public sealed partial class ScoringException
{
    public static ScoringException ModelFileMissing(string file) =>
        new($"{file}: model file not found; pass --model with the path of an XGBoost model.json or a LightGBM model.txt.");

    public static ScoringException ModelUnreadable(string file, string reason) =>
        new($"{file}: not a readable model ({reason}); expected an XGBoost JSON model or a LightGBM text model.");

    public static ScoringException ModelUnsupported(string file, string reason) =>
        new($"{file}: unsupported model: {reason}.");

    public static ScoringException BaseScoreInvalid(string file, string text) =>
        new($"{file}: base_score '{text}' is not a probability in (0, 1); the margins would be wrong, so the model is rejected.");

    public static ScoringException ModelDirectoryEmpty(string folder, IEnumerable<string> names) =>
        new($"{folder}: a folder, but it holds no model ({List(names)}); pass a model file or a directory written by leadscore train.");
}
