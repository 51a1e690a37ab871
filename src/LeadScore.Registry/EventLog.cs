using System.Text;

namespace LeadScore.Registry;

/// <summary>
/// The registry's source of truth: <c>events.jsonl</c>, one event per line, only ever appended. A line is committed
/// once it ends in a newline and has been flushed to disk. Only a last line without its newline (a write cut short)
/// is not an event: it is reported, and the next append removes it. Any other line that is not an event — in the
/// middle of the file, empty, or of an unknown kind — is corruption, and reading refuses the whole log rather than
/// drop the history after it.
/// </summary>
public sealed class EventLog(string path)
{
    public string Path { get; } = path;

    /// <summary>The committed events, and whether a torn last line follows them.</summary>
    /// <exception cref="RegistryException">A line other than a torn last one is not an event.</exception>
    public (IReadOnlyList<RegistryEvent> Events, bool TornTail) Read()
    {
        if (!File.Exists(Path)) return ([], false);
        string text;
        try { text = File.ReadAllText(Path, new UTF8Encoding(false, throwOnInvalidBytes: true)); }
        catch (DecoderFallbackException) { throw RegistryException.LogCorrupt(Path, 0, "it is not UTF-8 text"); }
        var events = new List<RegistryEvent>();
        int start = 0, line = 0;
        while (start < text.Length)
        {
            line++;
            int end = text.IndexOf('\n', start);
            if (end < 0) return (events, true);
            try
            {
                events.Add(RegistryEvent.Parse(text[start..end]));
            }
            catch (FormatException e)
            {
                throw RegistryException.LogCorrupt(Path, line, e.Message);
            }
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
