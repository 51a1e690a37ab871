namespace LeadScore.Storage;

/// <summary>
/// The storage layer's one error type: an output that cannot be written safely (it would overwrite an input, its
/// extension says another format, its folder is missing or read-only). Messages are one line that names what the
/// user typed and what to do; they are written only here.
/// </summary>
public sealed class StorageException : Exception
{
    private StorageException(string message, Exception? inner = null) : base(message, inner) { }

    public static StorageException NotWritable(string path, string reason, Exception? inner = null) =>
        new($"{path}: cannot be written ({FirstLine(reason)}); check that the folder exists and this user can write there. Nothing was replaced.", inner);

    public static StorageException FolderMissing(string path, string folder) =>
        new($"{path}: the folder {folder} does not exist; create it first or choose another path. Nothing was written.");

    public static StorageException IsAnInput(string option, string output, string inputOption, string input) =>
        new(output == input
            ? $"{option} {output} is also the input given as {inputOption}; writing it would destroy that input. Choose another path."
            : $"{option} {output} is the same file as {input} (given as {inputOption}, reached through a link or another spelling); writing it would destroy that input. Choose another path.");

    public static StorageException InsideAnInput(string option, string output, string inputOption, string folder) =>
        new($"{option} {output} lies inside {folder} (given as {inputOption}), which this command reads; write it outside that folder.");

    public static StorageException HoldsAnInput(string option, string output, string inputOption, string input) =>
        new($"{option} {output} would replace a folder that holds {input} (given as {inputOption}); choose another folder.");

    public static StorageException WrongExtension(string option, string path, IReadOnlyList<string> extensions) =>
        new($"{option} {path}: the name must end in {string.Join(" or ", extensions)}, the format this option writes; rename the output.");

    public static StorageException IsAFolder(string option, string path) =>
        new($"{option} {path} is a folder; name a file.");

    public static StorageException IsAFile(string option, string path) =>
        new($"{option} {path} is a file; name a folder (new or existing).");

    public static StorageException Interrupted(string path) =>
        new($"{path}: not written, the run was interrupted. Nothing was replaced.");

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', 2)[0].Trim();
        return line.Length > 240 ? line[..240] + "…" : line;
    }
}
