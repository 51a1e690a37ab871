using LeadScore.Storage.Native;

namespace LeadScore.Storage;

/// <summary>
/// When two spellings name the same file: the canonical path (links and <c>..</c> resolved for the part of the path
/// that exists), and for two existing files their device and inode, which also catches hard links and the other
/// case of a name on a case-insensitive file system.
/// </summary>
public static class PathIdentity
{
    /// <summary>The full path with links resolved as far as it exists; the part that does not exist is appended as typed.</summary>
    public static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsLinux()) return full;
        var rest = new Stack<string>();
        var existing = full;
        while (true)
        {
            if (NativeMethods.Canonical(existing) is { } resolved)
                return rest.Aggregate(resolved, Path.Combine);
            var parent = Path.GetDirectoryName(existing);
            if (parent is null) return full;
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }
    }

    /// <summary>True when both paths name one file or folder.</summary>
    public static bool Same(string a, string b)
    {
        if (Canonical(a) == Canonical(b)) return true;
        return OperatingSystem.IsLinux() && NativeMethods.Identity(a) is { } x && NativeMethods.Identity(b) is { } y && x == y;
    }

    /// <summary>True when <paramref name="path"/> lies inside <paramref name="folder"/> (at any depth) or is that folder.</summary>
    public static bool Within(string path, string folder)
    {
        if (Same(path, folder)) return true;
        var inner = Canonical(path);
        var outer = Canonical(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (inner.StartsWith(outer, StringComparison.Ordinal)) return true;
        // The same folder reached another way (a hard-linked or case-folded parent): compare each existing ancestor.
        for (var parent = Path.GetDirectoryName(inner); parent is not null; parent = Path.GetDirectoryName(parent))
            if (Directory.Exists(parent) && Same(parent, folder)) return true;
        return false;
    }
}
