namespace LeadScore.Models;

/// <summary>
/// The model-directory layer's one error type: a model directory, or one of its files, that cannot be read as
/// written. Messages are one line saying what is wrong and what to do; they are written only here.
/// </summary>
public sealed class ModelDirectoryException : Exception
{
    private ModelDirectoryException(string message) : base(message) { }

    public static ModelDirectoryException Unreadable(string path, string reason) =>
        new($"{path}: unreadable ({reason.Split('\n')[0].Trim()}); the model directory is damaged: write it again with leadscore train, or restore it.");

    public static ModelDirectoryException NotAModelDirectory(string path) =>
        new($"{path}: not a model directory (it holds neither model.txt nor model.json); pass a directory written by leadscore train.");
}
