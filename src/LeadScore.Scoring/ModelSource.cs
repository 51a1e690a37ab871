namespace LeadScore.Scoring;

/// <summary>
/// A model a run scores with: its version name (the registry's, or the file or folder name), its role, where its
/// files are (a model directory or a model file), and what it is called on the command line (for messages).
/// </summary>
public sealed record ModelSource(string Version, ModelRole Role, string Path, string Given);
