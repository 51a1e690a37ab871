using LeadScore.Storage.Native;

namespace LeadScore.Storage;

/// <summary>
/// A folder written whole or not at all: files go into a temporary folder beside the target, each flushed to disk;
/// <see cref="Commit"/> renames it into place, or, when replacing, moves the old folder aside, renames the new one
/// in and only then deletes the old one. Disposing without committing removes the temporary folder.
/// </summary>
public sealed class AtomicFolder : IDisposable
{
    private readonly bool replace;
    private bool committed;

    /// <param name="target">The folder to create (its parent folders are created as needed).</param>
    /// <param name="replace">An existing folder at <paramref name="target"/> is replaced at commit; otherwise commit refuses it.</param>
    public AtomicFolder(string target, bool replace)
    {
        Target = System.IO.Path.GetFullPath(target);
        this.replace = replace;
        if (File.Exists(Target)) throw StorageException.IsAFile("output", target);
        var parent = System.IO.Path.GetDirectoryName(Target)!;
        try
        {
            Directory.CreateDirectory(parent);
            TemporaryPaths.Sweep(parent);
            Path = TemporaryPaths.Beside(Target, TemporaryKind.Folder);
            Directory.CreateDirectory(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Path is not null) TemporaryPaths.Release(Path);
            throw StorageException.NotWritable(target, e.Message, e);
        }
    }

    public string Target { get; }

    /// <summary>The temporary folder to fill.</summary>
    public string Path { get; } = null!;

    /// <summary>Writes one file of the folder (UTF-8), flushed to disk; a relative name with folders creates them.</summary>
    public void WriteText(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string name, byte[] bytes) => Create(name, stream => stream.Write(bytes));

    /// <summary>Copies a file into the folder under its own name (or <paramref name="name"/>), flushed to disk.</summary>
    public void CopyIn(string file, string? name = null) => Create(name ?? System.IO.Path.GetFileName(file), stream =>
    {
        using var input = File.OpenRead(file);
        input.CopyTo(stream);
    });

    // Every file of the folder: created new, filled, flushed to disk.
    private void Create(string name, Action<Stream> fill)
    {
        try
        {
            var file = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            fill(stream);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StorageException.NotWritable(System.IO.Path.Combine(Target, name), e.Message, e);
        }
    }

    public void Commit()
    {
        string? old = null;
        try
        {
            if (OperatingSystem.IsLinux()) NativeMethods.FlushFolder(Path);
            TemporaryPaths.Commit(Target, Path, () =>
            {
                if (Directory.Exists(Target))
                {
                    if (!replace) throw new IOException($"{Target} already exists");
                    old = TemporaryPaths.Beside(Target, TemporaryKind.Replaced);
                    Directory.Move(Target, old);
                    try { Directory.Move(Path, Target); }
                    catch
                    {
                        Directory.Move(old, Target);
                        TemporaryPaths.Release(old);
                        old = null;
                        throw;
                    }
                }
                else Directory.Move(Path, Target);
            });
            committed = true;
            if (OperatingSystem.IsLinux()) NativeMethods.FlushFolder(System.IO.Path.GetDirectoryName(Target)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StorageException.NotWritable(Target, e.Message, e);
        }
        finally
        {
            // The replaced folder goes last; if this is cut short, a later run sweeps it (its process is gone).
            if (old is not null) TemporaryPaths.Release(old);
        }
    }

    public void Dispose()
    {
        if (!committed) TemporaryPaths.Release(Path);
    }
}
