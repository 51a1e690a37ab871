namespace LeadScore.Data.Output;

/// <summary>A temporary file beside a target path, renamed onto the target on commit and deleted otherwise.</summary>
public sealed class AtomicFile : IDisposable
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="target"/> in one step: all of it or nothing.</summary>
    public static void WriteText(string target, string text)
    {
        using var file = new AtomicFile(target);
        file.Stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
        file.Commit();
    }

    private bool committed;

    public AtomicFile(string target)
    {
        Target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(Target)!;
        if (!Directory.Exists(folder)) throw DataFileException.OutputNotWritable(target, $"folder {folder} does not exist");
        TempPath = Path.Combine(folder, $".{Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");
        try { Stream = new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFileException.OutputNotWritable(target, e.Message, e);
        }
    }

    public string Target { get; }

    public string TempPath { get; }

    public FileStream Stream { get; }

    public void Commit()
    {
        try
        {
            Stream.Flush(flushToDisk: true);
            Stream.Dispose();
            File.Move(TempPath, Target, overwrite: true);
            committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFileException.OutputNotWritable(Target, e.Message, e);
        }
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!committed && File.Exists(TempPath)) File.Delete(TempPath);
    }
}
