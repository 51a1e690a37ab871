using LeadScore.Storage.Native;

namespace LeadScore.Storage;

/// <summary>
/// The one way this tool writes a file: into a temporary file beside the target, flushed to disk, renamed onto the
/// target, then the folder flushed, so a reader sees the old file or the whole new one and a crash leaves the old.
/// Until <see cref="Commit"/> nothing is replaced; disposing without committing removes the temporary.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string[] sidecars;
    private bool committed;

    private AtomicFile(string target, bool open, params string[] sidecarSuffixes)
    {
        Target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(Target)!;
        if (!Directory.Exists(folder)) throw StorageException.FolderMissing(target, folder);
        if (Directory.Exists(Target)) throw StorageException.IsAFolder("output", target);
        TemporaryPaths.Sweep(folder);
        TempPath = TemporaryPaths.Beside(Target, TemporaryKind.File);
        sidecars = sidecarSuffixes.Select(s => TempPath + s).ToArray();
        foreach (var sidecar in sidecars) TemporaryPaths.Track(sidecar);
        if (!open) return;
        try
        {
            Stream = new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Release();
            throw StorageException.NotWritable(target, e.Message, e);
        }
    }

    /// <summary>Opens a temporary file to write <paramref name="target"/> through <see cref="Stream"/>.</summary>
    public AtomicFile(string target) : this(target, open: true) { }

    /// <summary>
    /// A temporary path for another program to write (DuckDB's COPY, a DuckDB database), with the side files it may
    /// leave beside it (e.g. ".wal"), removed with it.
    /// </summary>
    public static AtomicFile ForWriter(string target, params string[] sidecarSuffixes) => new(target, open: false, sidecarSuffixes);

    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="target"/>: all of it or nothing.</summary>
    public static void WriteText(string target, string text) => WriteBytes(target, System.Text.Encoding.UTF8.GetBytes(text));

    public static void WriteBytes(string target, ReadOnlySpan<byte> bytes)
    {
        using var file = new AtomicFile(target);
        file.Write(bytes);
        file.Commit();
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> atomically.</summary>
    public static void Copy(string source, string target)
    {
        using var file = new AtomicFile(target);
        try
        {
            using var input = File.OpenRead(source);
            input.CopyTo(file.Stream!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StorageException.NotWritable(target, e.Message, e);
        }
        file.Commit();
    }

    public string Target { get; }

    public string TempPath { get; }

    /// <summary>The temporary file's stream; null for <see cref="ForWriter"/>.</summary>
    public FileStream? Stream { get; }

    public void Commit()
    {
        try
        {
            if (Stream is not null)
            {
                Stream.Flush(flushToDisk: true);
                Stream.Dispose();
            }
            else
            {
                using var written = new FileStream(TempPath, FileMode.Open, FileAccess.ReadWrite);
                written.Flush(flushToDisk: true);
            }
            TemporaryPaths.Commit(Target, TempPath, () => File.Move(TempPath, Target, overwrite: true));
            committed = true;
            if (OperatingSystem.IsLinux()) NativeMethods.FlushFolder(Path.GetDirectoryName(Target)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StorageException.NotWritable(Target, e.Message, e);
        }
    }

    public void Dispose()
    {
        Stream?.Dispose();
        if (!committed) TemporaryPaths.Release(TempPath);
        foreach (var sidecar in sidecars) TemporaryPaths.Release(sidecar);
    }

    /// <summary>Writes <paramref name="bytes"/> to the temporary file.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        try { Stream!.Write(bytes); }
        catch (IOException e) { throw StorageException.NotWritable(Target, e.Message, e); }
    }

    private void Release()
    {
        TemporaryPaths.Release(TempPath);
        foreach (var sidecar in sidecars) TemporaryPaths.Release(sidecar);
    }
}
