using LeadScore.Storage;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// The paths a command reads, checked before any work with the option that named them, so a mistyped path is
/// reported as "--data x.csv does not exist" rather than deep inside a reader; and the same paths as the inputs an
/// output must never overwrite.
/// </summary>
public static class InputPaths
{
    /// <summary>An existing file.</summary>
    public static string File(string option, string path)
    {
        if (Directory.Exists(path)) throw CliException.InputIsFolder(option, path);
        return System.IO.File.Exists(path) ? path : throw CliException.InputMissing(option, path);
    }

    /// <summary>An existing file or folder (a model file or model directory).</summary>
    public static string FileOrFolder(string option, string path) =>
        System.IO.File.Exists(path) || Directory.Exists(path) ? path : throw CliException.InputMissing(option, path);

    /// <summary>An optional existing file: null stays null.</summary>
    public static string? OptionalFile(string option, string? path) => path is null ? null : File(option, path);

    /// <summary>A DuckDB database as an input: the file and the write-ahead log DuckDB keeps beside it.</summary>
    public static IEnumerable<InputPath> Database(string option, string path) => [new(option, path), new(option, path + ".wal")];
}
