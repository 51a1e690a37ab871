using System.Text.RegularExpressions;

namespace LeadScore.Storage;

/// <summary>
/// Every temporary file or folder this tool writes before renaming it into place: named recognisably
/// (<c>.NAME.leadscore-PID-ID.tmp|partial|old</c>, beside its target), tracked while it exists, removed when the run
/// is interrupted (<see cref="Interrupt"/>), and swept by a later run in the same folder once its process is gone.
/// Commits and the interrupt take one lock, so an interrupt never lands between the two renames of a swap.
/// </summary>
public static partial class TemporaryPaths
{
    private static readonly object Gate = new();
    private static readonly HashSet<string> InFlight = new(StringComparer.Ordinal);
    private static readonly List<string> Committed = [];

    /// <summary>Raised with the path of each stale temporary a sweep removes.</summary>
    public static event Action<string>? Swept;

    /// <summary>True once the run has been interrupted: no further output may be committed.</summary>
    public static bool Interrupted { get; private set; }

    /// <summary>A new temporary path beside <paramref name="target"/>, tracked until released or committed.</summary>
    public static string Beside(string target, TemporaryKind kind)
    {
        var full = Path.GetFullPath(target);
        var name = $".{Path.GetFileName(full)}.leadscore-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}.{Suffix(kind)}";
        var path = Path.Combine(Path.GetDirectoryName(full)!, name);
        Track(path);
        return path;
    }

    /// <summary>A new scratch folder under the system's temporary folder, tracked until <see cref="Release"/>.</summary>
    public static string Scratch(string purpose)
    {
        var root = Path.Combine(Path.GetTempPath(), "leadscore");
        Directory.CreateDirectory(root);
        Sweep(root);
        var path = Path.Combine(root, $".{purpose}.leadscore-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}.partial");
        Track(path);
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Track(string path)
    {
        lock (Gate) InFlight.Add(path);
    }

    /// <summary>Forgets a temporary and deletes it if it is still there.</summary>
    public static void Release(string path)
    {
        lock (Gate) InFlight.Remove(path);
        Delete(path);
    }

    /// <summary>
    /// Runs a commit (the renames that put an output in place) under the lock the interrupt takes; refuses once the
    /// run was interrupted. <paramref name="temporary"/> is no longer tracked afterwards.
    /// </summary>
    internal static void Commit(string target, string temporary, Action rename)
    {
        lock (Gate)
        {
            if (Interrupted) throw StorageException.Interrupted(target);
            rename();
            InFlight.Remove(temporary);
            Committed.Add(target);
        }
    }

    /// <summary>
    /// Called on Ctrl-C or SIGTERM: removes every temporary in flight and stops later commits. Returns the outputs
    /// this run had already put in place (empty: nothing was replaced).
    /// </summary>
    public static IReadOnlyList<string> Interrupt()
    {
        lock (Gate)
        {
            Interrupted = true;
            foreach (var path in InFlight) Delete(path);
            InFlight.Clear();
            return Committed.ToArray();
        }
    }

    /// <summary>Removes this tool's temporaries in <paramref name="folder"/> whose process has ended.</summary>
    public static void Sweep(string folder)
    {
        if (!Directory.Exists(folder)) return;
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateFileSystemEntries(folder, ".*.leadscore-*").ToArray(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        foreach (var entry in entries)
        {
            var match = Ours().Match(Path.GetFileName(entry));
            if (!match.Success || !int.TryParse(match.Groups[1].Value, out int pid) || IsRunning(pid)) continue;
            lock (Gate)
                if (InFlight.Contains(entry)) continue;
            if (Delete(entry)) Swept?.Invoke(entry);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
    }

    private static bool Delete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (File.Exists(path)) File.Delete(path);
            else return false;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Suffix(TemporaryKind kind) => kind switch
    {
        TemporaryKind.File => "tmp",
        TemporaryKind.Folder => "partial",
        _ => "old",
    };

    [GeneratedRegex(@"^\..*\.leadscore-(\d+)-[0-9a-f]{8}\.(tmp|partial|old)(\.wal)?$")]
    private static partial Regex Ours();
}

/// <summary>What a temporary path holds: a file being written, a folder being filled, or the old folder of a swap.</summary>
public enum TemporaryKind
{
    File,
    Folder,
    Replaced,
}
