namespace LeadScore.Storage;

/// <summary>A path a command reads, with the option that named it (for messages). A null path is ignored.</summary>
public sealed record InputPath(string Option, string? Path);

/// <summary>
/// Checks a command's outputs before it writes anything: an output never resolves (through <c>..</c>, links or
/// another spelling of the name) to one of the command's inputs or into a folder it reads, and a file's name ends in
/// the extension of the format written to it.
/// </summary>
public static class OutputPath
{
    /// <summary>An output file: not a folder, one of <paramref name="extensions"/> (when given), and none of the inputs.</summary>
    public static void CheckFile(string option, string path, IReadOnlyList<string>? extensions, params IEnumerable<InputPath> inputs)
    {
        if (Directory.Exists(path)) throw StorageException.IsAFolder(option, path);
        if (extensions is { Count: > 0 } && !extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            throw StorageException.WrongExtension(option, path, extensions);
        foreach (var input in inputs)
        {
            if (input.Path is null) continue;
            if (Directory.Exists(input.Path))
            {
                if (PathIdentity.Within(path, input.Path)) throw StorageException.InsideAnInput(option, path, input.Option, input.Path);
            }
            else if (PathIdentity.Same(path, input.Path)) throw StorageException.IsAnInput(option, path, input.Option, input.Path);
        }
    }

    /// <summary>
    /// An output file written only after long work (a published run or list): its folder must already exist, so a
    /// mistyped folder is refused before the work starts rather than after it.
    /// </summary>
    public static void CheckFolderExists(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) throw StorageException.FolderMissing(path, folder);
    }

    /// <summary>An output folder, created or replaced: not a file, not inside a folder the command reads, holding none of its inputs.</summary>
    public static void CheckFolder(string option, string path, params IEnumerable<InputPath> inputs)
    {
        if (File.Exists(path)) throw StorageException.IsAFile(option, path);
        foreach (var input in inputs)
        {
            if (input.Path is null) continue;
            if (Directory.Exists(input.Path) && PathIdentity.Within(path, input.Path))
                throw StorageException.InsideAnInput(option, path, input.Option, input.Path);
            if (PathIdentity.Within(input.Path, path)) throw StorageException.HoldsAnInput(option, path, input.Option, input.Path);
        }
    }
}
