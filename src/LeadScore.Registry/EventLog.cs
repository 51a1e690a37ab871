using System.Text;

namespace LeadScore.Registry;

/// <summary>
/// The registry's source of truth: <c>events.jsonl</c>, one event per line, only ever appended. A line is committed
/// once it ends in a newline and has been flushed to disk; a torn last line (a process killed mid-write) is not an
/// event, and the next append removes it first. So readers see the state before or after a change, never a mix.
/// </summary>
public sealed class EventLog(string path)
{
    public string Path { get; } = path;

    /// <summary>The committed events, and whether a torn line follows them.</summary>
    public (IReadOnlyList<RegistryEvent> Events, bool TornTail) Read()
    {
        if (!File.Exists(Path)) return ([], false);
        var text = File.ReadAllText(Path, Encoding.UTF8);
        var events = new List<RegistryEvent>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) return (events, true);
            var parsed = RegistryEvent.FromLine(text[start..end]);
            if (parsed is null) return (events, true);
            events.Add(parsed);
            start = end + 1;
        }
        return (events, false);
    }

    /// <summary>Appends one event durably (dropping a torn tail first); the caller holds the registry lock.</summary>
    public void Append(RegistryEvent e)
    {
        var committed = CommittedLength();
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        if (stream.Length != committed) stream.SetLength(committed);
        stream.Seek(committed, SeekOrigin.Begin);
        var bytes = Encoding.UTF8.GetBytes(e.ToLine() + "\n");
        if (CrashPoint.Is("event-half"))
        {
            stream.Write(bytes, 0, bytes.Length / 2);
            stream.Flush(flushToDisk: true);
            CrashPoint.Crash("event-half");
        }
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    private long CommittedLength()
    {
        if (!File.Exists(Path)) return 0;
        var bytes = File.ReadAllBytes(Path);
        int last = Array.LastIndexOf(bytes, (byte)'\n');
        return last + 1;
    }
}
