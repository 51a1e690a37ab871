using System.Runtime.InteropServices;

namespace LeadScore.Storage.Native;

/// <summary>
/// The few POSIX calls .NET does not expose: the identity of a file (device and inode, through <c>statx</c>, whose
/// buffer layout is the same on every Linux architecture), the canonical path (<c>realpath</c>), and flushing a
/// folder's entries to disk (<c>open</c> + <c>fsync</c> on the folder). Linux only; callers check
/// <see cref="OperatingSystem.IsLinux"/> and fall back to managed approximations elsewhere.
/// </summary>
internal static partial class NativeMethods
{
    private const string Libc = "libc";
    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;
    private const int OpenReadOnly = 0, OpenDirectory = 0x10000;

    // struct statx: stx_ino at byte 32, stx_dev_major at 136, stx_dev_minor at 140; 256 bytes in all.
    [LibraryImport(Libc, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport(Libc, EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr RealPath(string path, IntPtr resolved);

    [LibraryImport(Libc, EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);

    [LibraryImport(Libc, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport(Libc, EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport(Libc, EntryPoint = "close")]
    private static partial int Close(int descriptor);

    /// <summary>(device, inode) of an existing path, following links; null when it cannot be read.</summary>
    public static unsafe (ulong Device, ulong Inode)? Identity(string path)
    {
        byte* buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, 0, StatxIno, buffer) != 0) return null;
        ulong inode = *(ulong*)(buffer + 32);
        ulong device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        return (device, inode);
    }

    /// <summary>The path with every link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? Canonical(string path)
    {
        var resolved = RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(resolved); }
        finally { Free(resolved); }
    }

    /// <summary>Flushes a folder's entries (a rename into it) to disk; best effort.</summary>
    public static void FlushFolder(string folder)
    {
        int descriptor = Open(folder, OpenReadOnly | OpenDirectory);
        if (descriptor < 0) return;
        Fsync(descriptor);
        Close(descriptor);
    }
}
